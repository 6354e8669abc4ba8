#include "PlacementBlockEditor.h"

#include "FormParts.h"
#include "SearchableComboBox.h"
#include "capacity/PlacementPlanner.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kolokasi {

PlacementBlockEditor::PlacementBlockEditor(const Server &server, ServiceType type,
                                           const PlacementChoices &choices,
                                           const QString &namePrefix, QWidget *parent)
    : QWidget(parent), m_server(server), m_type(type), m_choices(choices)
{
    m_form = makeFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto named = [&](QWidget *widget, const char *name) {
        widget->setObjectName(namePrefix + QLatin1String(name));
    };
    m_noc = new QComboBox(this);
    named(m_noc, "Noc");
    for (const Noc &noc : m_choices.nocs)
        m_noc->addItem(noc.name, noc.id);
    m_domain = new QLineEdit(this);
    named(m_domain, "Domain");
    m_overrideNote = new QLineEdit(this);
    named(m_overrideNote, "OverrideNote");
    m_overrideNote->setPlaceholderText(
        tr("Only when the placement differs from the proposal: why"));

    const bool colocation = type == ServiceType::Colocation;
    m_form->addRow(makeSectionHeading(
        (colocation ? tr("Co-location: %1") : tr("Data centre: %1")).arg(server.name), this));
    m_form->addRow(tr("NOC:"), m_noc);
    if (colocation) {
        m_rack = new SearchableComboBox(this);
        named(m_rack, "Rack");
        m_firstU = new QComboBox(this);
        named(m_firstU, "FirstU");
        auto *where = new QWidget(this);
        auto *whereLayout = new QHBoxLayout(where);
        whereLayout->setContentsMargins(0, 0, 0, 0);
        whereLayout->addWidget(new QLabel(tr("Rack"), this));
        m_rack->setMinimumContentsLength(10);
        whereLayout->addWidget(m_rack);
        whereLayout->addWidget(new QLabel(tr("from U"), this));
        whereLayout->addWidget(m_firstU);
        whereLayout->addWidget(
            new QLabel(QStringLiteral("(%1 U)").arg(qMax(1, server.rackUnits)), this));
        whereLayout->addStretch();
        m_serial = new QLineEdit(this);
        named(m_serial, "SerialNumber");
        m_typeBrand = new QLineEdit(this);
        named(m_typeBrand, "TypeBrand");
        m_hostAdmin = new QLineEdit(this);
        named(m_hostAdmin, "HostAdminUser");
        m_hostAdmin->setPlaceholderText(tr("user name; the password is typed when printing"));
        m_ip = new QComboBox(this);
        named(m_ip, "IpAddress");
        m_ip->setEditable(true);
        m_ip->setInsertPolicy(QComboBox::NoInsert);
        m_ip->completer()->setFilterMode(Qt::MatchContains);
        for (const FreeAddress &address : m_choices.free.freePublicAddresses.mid(0, 256))
            m_ip->addItem(address.address);
        m_form->addRow(tr("Server location:"), where);
        m_form->addRow(tr("Server S/N:"), m_serial);
        m_form->addRow(tr("Type && brand:"), m_typeBrand);
        m_form->addRow(tr("Domain name:"), m_domain);
        m_form->addRow(tr("Host admin user:"), m_hostAdmin);
        m_form->addRow(tr("IP address:"), m_ip);
        connect(m_rack, &QComboBox::currentIndexChanged, this,
                [this] { showFreeUnitsOf(m_rack->currentId()); });
        for (QLineEdit *edit : {m_serial, m_typeBrand, m_hostAdmin})
            connect(edit, &QLineEdit::textEdited, this, &PlacementBlockEditor::changed);
        connect(m_firstU, &QComboBox::currentIndexChanged, this, &PlacementBlockEditor::changed);
        connect(m_ip, &QComboBox::currentTextChanged, this, &PlacementBlockEditor::changed);
    } else {
        m_location = new QLineEdit(this);
        named(m_location, "Location");
        m_form->addRow(tr("Server location:"), m_location);
        m_form->addRow(tr("Domain name:"), m_domain);
        connect(m_location, &QLineEdit::textEdited, this, &PlacementBlockEditor::changed);
    }
    m_form->addRow(tr("Note on a change:"), m_overrideNote);
    connect(m_noc, &QComboBox::currentIndexChanged, this, [this] {
        showRacksOf(m_noc->currentData().toLongLong());
        emit changed();
    });
    for (QLineEdit *edit : {m_domain, m_overrideNote})
        connect(edit, &QLineEdit::textEdited, this, &PlacementBlockEditor::changed);
    showRacksOf(m_noc->currentData().toLongLong());
}

void PlacementBlockEditor::showRacksOf(qint64 nocId)
{
    if (!m_rack)
        return;
    m_rack->clearChoices();
    for (const RackCapacity &rack : m_choices.free.racks) {
        if (rack.rack.nocId == nocId)
            m_rack->addChoice(rack.rack.name, rack.rack.id);
    }
}

void PlacementBlockEditor::showFreeUnitsOf(qint64 rackId)
{
    m_firstU->clear();
    const int height = qMax(1, m_server.rackUnits);
    for (const RackCapacity &rack : m_choices.free.racks) {
        if (rack.rack.id != rackId)
            continue;
        // Every first unit from which the server's height fits in one free gap.
        for (const FreeGap &gap : rack.gaps) {
            for (int u = gap.firstU; u + height <= gap.firstU + gap.length; ++u)
                m_firstU->addItem(QStringLiteral("U %1").arg(u), u);
        }
    }
    emit changed();
}

void PlacementBlockEditor::setBlock(const PlacementBlock &block)
{
    m_noc->setCurrentIndex(qMax(0, m_noc->findData(block.nocId)));
    showRacksOf(m_noc->currentData().toLongLong());
    m_domain->setText(block.domain);
    m_overrideNote->setText(block.overrideNote);
    if (m_location)
        m_location->setText(block.locationNote);
    if (!m_rack)
        return;
    m_rack->setCurrentId(block.rackId);
    showFreeUnitsOf(block.rackId);
    if (block.firstU > 0 && m_firstU->findData(block.firstU) < 0) // an approved block's own units
        m_firstU->addItem(QStringLiteral("U %1").arg(block.firstU), block.firstU);
    m_firstU->setCurrentIndex(m_firstU->findData(block.firstU));
    m_serial->setText(block.serialNumber);
    m_typeBrand->setText(block.typeBrand);
    m_hostAdmin->setText(block.hostAdminUser);
    m_ip->setCurrentText(block.ipAddresses.join(QStringLiteral(", ")));
}

PlacementBlock PlacementBlockEditor::block() const
{
    PlacementBlock block;
    block.serverId = m_server.id;
    block.nocId = m_noc->currentData().toLongLong();
    block.domain = m_domain->text().trimmed();
    block.overrideNote = m_overrideNote->text().trimmed();
    if (m_location)
        block.locationNote = m_location->text().trimmed();
    if (!m_rack)
        return block;
    block.rackId = m_rack->currentId();
    block.firstU = m_firstU->currentData().toInt();
    block.locationNote = block.rackId > 0 && block.firstU > 0
                             ? PlacementPlanner::locationText(m_rack->currentText(), block.firstU,
                                                              qMax(1, m_server.rackUnits))
                             : QString();
    block.serialNumber = m_serial->text().trimmed();
    block.typeBrand = m_typeBrand->text().trimmed();
    block.hostAdminUser = m_hostAdmin->text().trimmed();
    for (const QString &address : m_ip->currentText().split(QLatin1Char(','), Qt::SkipEmptyParts))
        block.ipAddresses.append(address.trimmed());
    return block;
}

QWidget *PlacementBlockEditor::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("noc"))
        return m_noc;
    if (field == QLatin1String("rack"))
        return m_rack;
    if (field == QLatin1String("first_u"))
        return m_firstU;
    if (field == QLatin1String("location"))
        return m_location ? static_cast<QWidget *>(m_location) : m_rack;
    if (field == QLatin1String("domain"))
        return m_domain;
    if (field == QLatin1String("serial_number"))
        return m_serial;
    if (field == QLatin1String("type_brand"))
        return m_typeBrand;
    if (field == QLatin1String("host_admin_user"))
        return m_hostAdmin;
    if (field == QLatin1String("ip_address"))
        return m_ip;
    if (field == QLatin1String("override_note"))
        return m_overrideNote;
    return nullptr;
}

} // namespace kolokasi
