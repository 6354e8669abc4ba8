#include "AssetBlockView.h"

#include "FormParts.h"

#include <QFormLayout>
#include <QLabel>

namespace kolokasi {

AssetBlockView::AssetBlockView(QWidget *parent) : QWidget(parent)
{
    m_form = makeFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    const auto value = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_noc = value("assetNoc");
    m_location = value("assetLocation");
    m_serial = value("assetSerial");
    m_typeBrand = value("assetTypeBrand");
    m_domain = value("assetDomain");
    m_ips = value("assetIps");
    m_form->addRow(m_heading);
    m_form->addRow(tr("NOC:"), m_noc);
    m_form->addRow(tr("Server location:"), m_location);
    m_form->addRow(tr("Server S/N:"), m_serial);
    m_form->addRow(tr("Type && brand:"), m_typeBrand);
    m_form->addRow(tr("Domain name:"), m_domain);
    m_form->addRow(tr("IP address:"), m_ips);
}

void AssetBlockView::setEntry(const RegisterEntry &entry)
{
    const bool colocation = entry.asset.serviceType == ServiceType::Colocation;
    m_heading->setText(colocation ? tr("Co-location") : tr("Data centre"));
    m_noc->setText(entry.nocName);
    m_location->setText(entry.placement.locationNote);
    m_serial->setText(entry.placement.serialNumber);
    m_typeBrand->setText(entry.placement.typeBrand);
    m_domain->setText(entry.placement.domain);
    m_ips->setText(entry.placement.ipAddresses.join(QStringLiteral(", ")));
    for (QLabel *colocationOnly : {m_serial, m_typeBrand, m_ips})
        m_form->setRowVisible(colocationOnly, colocation);
}

void AssetBlockView::clear()
{
    m_heading->clear();
    for (QLabel *label : {m_noc, m_location, m_serial, m_typeBrand, m_domain, m_ips})
        label->clear();
}

} // namespace kolokasi
