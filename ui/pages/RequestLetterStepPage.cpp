#include "RequestLetterStepPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "services/MasterData.h"
#include "widgets/DateEdit.h"
#include "widgets/FormBinding.h"
#include "widgets/FormParts.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/ServerRowsEditor.h"
#include "widgets/UnitDialog.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kolokasi {

RequestLetterStepPage::RequestLetterStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::RequestLetter), parent)
{
    m_letterNumber = new ValidatedLineEdit(this);
    m_letterNumber->setObjectName(QStringLiteral("letterNumber"));
    m_letterNumber->setRequired(tr("Enter the number of the unit's letter."));
    m_letterDate = new DateEdit(this);
    m_letterDate->setObjectName(QStringLiteral("letterDate"));
    m_unit = new SearchableComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setAddNewText(tr("Add new unit…"));
    connect(m_unit, &SearchableComboBox::addRequested, this, &RequestLetterStepPage::addUnit);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_colocation = new QRadioButton(tr("Co-location"), this);
    m_colocation->setObjectName(QStringLiteral("serviceColocation"));
    m_hosting = new QRadioButton(tr("Hosting"), this);
    m_hosting->setObjectName(QStringLiteral("serviceHosting"));
    auto *serviceGroup = new QButtonGroup(this);
    serviceGroup->addButton(m_colocation);
    serviceGroup->addButton(m_hosting);
    m_colocation->setChecked(true);
    auto *service = new QWidget(this);
    auto *serviceLayout = new QHBoxLayout(service);
    serviceLayout->setContentsMargins(0, 0, 0, 0);
    serviceLayout->addWidget(m_colocation);
    serviceLayout->addWidget(m_hosting);
    serviceLayout->addStretch();

    form()->addRow(tr("Letter number:"), m_letterNumber);
    form()->addRow(tr("Letter date:"), m_letterDate);
    form()->addRow(tr("Unit:"), m_unit);
    form()->addRow(tr("Subject:"), m_subject);
    form()->addRow(tr("Service type:"), service);

    body()->addWidget(makeSectionHeading(tr("Servers and their requested spec"), this));
    m_servers = new ServerRowsEditor(this);
    m_servers->setObjectName(QStringLiteral("servers"));
    body()->addWidget(m_servers);

    body()->addWidget(makeSectionHeading(tr("Needs"), this));
    auto *needsHolder = new QWidget(this);
    auto *needs = makeFormLayout(needsHolder);
    needs->setContentsMargins(0, 0, 0, 0);
    m_bandwidth = new QSpinBox(this);
    m_bandwidth->setObjectName(QStringLiteral("bandwidthMbps"));
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSuffix(QStringLiteral(" Mbps"));
    m_publicIps = new QSpinBox(this);
    m_publicIps->setObjectName(QStringLiteral("publicIps"));
    m_publicIps->setRange(0, 256);
    needs->addRow(tr("Bandwidth:"), m_bandwidth);
    needs->addRow(tr("Public IP addresses:"), m_publicIps);
    needs->addRow(makeHint(tr("Rack units and power are the sums of the servers' rows."), this));
    body()->addWidget(needsHolder);
    body()->addStretch();

    mapField(FormField::kUnit, m_unit);
    mapField(FormField::kSubject, m_subject);
    mapField(FormField::kServers, m_servers);
    binding()->bindResolver([this](const QString &field) -> QWidget * {
        const ServerFieldName cell = FormField::parseServer(field);
        return cell.position > 0 ? m_servers->fieldWidget(cell.position, cell.name) : nullptr;
    });
    watch(m_letterNumber);
    connect(m_servers, &ServerRowsEditor::changed, this, &RequestLetterStepPage::markDirty);
    trackChanges(this);
}

// Retired units are no choice, except the one a registered request already names.
void RequestLetterStepPage::loadUnits(qint64 requestUnitId)
{
    m_unit->clearChoices();
    auto units = MasterData(ui().db).all();
    if (!units.ok()) {
        showRefusal(units.error());
        return;
    }
    for (const Unit &unit : *units) {
        if (!unit.isRetired() || unit.id == requestUnitId)
            m_unit->addChoice(unit.name, unit.id);
    }
}

void RequestLetterStepPage::addUnit(const QString &typed)
{
    Unit unit;
    unit.name = typed;
    auto *dialog = new UnitDialog(ui().db, unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        loadUnits(0);
        m_unit->setCurrentId(dialog->stored().id);
        markDirty();
    });
    dialog->open();
}

void RequestLetterStepPage::fill(const RequestDossier &dossier)
{
    const bool registered = dossier.request.id > 0;
    loadUnits(registered ? dossier.request.unitId : 0);
    const Request &request = dossier.request;
    m_letterNumber->setText(request.letterNumber);
    m_letterDate->setDate(registered ? request.letterDate : ui().clock.today());
    m_unit->setCurrentId(request.unitId);
    m_subject->setText(request.subject);
    (request.serviceType == ServiceType::Hosting ? m_hosting : m_colocation)->setChecked(true);
    QList<Server> servers;
    for (const PlacedServer &placed : dossier.servers)
        servers.append(placed.server);
    m_servers->setServers(servers);
    m_bandwidth->setValue(request.needs.bandwidthMbps);
    m_publicIps->setValue(registered ? request.needs.publicIps : 1);
    setEditable(!registered);
}

RequestLetter RequestLetterStepPage::input() const
{
    RequestLetter letter;
    letter.request.letterNumber = m_letterNumber->text();
    letter.request.letterDate = m_letterDate->date();
    letter.request.unitId = m_unit->currentId();
    letter.request.subject = m_subject->text().trimmed();
    letter.request.serviceType =
        m_hosting->isChecked() ? ServiceType::Hosting : ServiceType::Colocation;
    letter.request.receivedAt = ui().clock.now();
    letter.request.needs.bandwidthMbps = m_bandwidth->value();
    letter.request.needs.publicIps = m_publicIps->value();
    letter.servers = m_servers->servers();
    return letter;
}

QList<Error> RequestLetterStepPage::problems() const
{
    return ui().workflow.validateLetter(input());
}

Status RequestLetterStepPage::submit(bool *)
{
    auto registered = ui().workflow.registerLetter(input());
    if (!registered.ok())
        return registered.error();
    setRequestId(registered->id);
    return {};
}

} // namespace kolokasi
