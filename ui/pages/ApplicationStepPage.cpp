#include "ApplicationStepPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "validation/DomainName.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "validation/PhoneNumber.h"
#include "widgets/DateEdit.h"
#include "widgets/OfficerPicker.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace kolokasi {

ApplicationStepPage::ApplicationStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::Application), parent)
{
    m_unitName = new QLabel(this);
    m_unitName->setObjectName(QStringLiteral("unitName"));
    m_officer = new OfficerPicker(ui().db, this);
    m_officer->setObjectName(QStringLiteral("officer"));
    connect(m_officer, &OfficerPicker::officerAdded, this, [this] {
        showOfficerNip();
        markDirty();
    });
    m_nip = new ValidatedLineEdit(this);
    m_nip->setObjectName(QStringLiteral("nip"));
    m_nip->setReadOnly(true); // the officer's own NIP: changed with the officer, not here
    m_nip->lineEdit()->setProperty("alwaysReadOnly", true);
    m_nip->setRule([this](const QString &text) {
        const Officer *officer = m_officer->officer();
        return EmployeeNumber::validate(text, officer ? officer->kind : EmployeeKind::Pns);
    });
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("unitAddress"));
    m_phone = new ValidatedLineEdit(this);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_phone->setRule([](const QString &text) {
        return PhoneNumber::validate(text, QStringLiteral("contact_phone"));
    });
    m_phone->lineEdit()->setPlaceholderText(tr("e.g. 0812-2345-6789 or (0231) 8330580"));
    m_domain = new ValidatedLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setRule([](const QString &text) { return DomainName::validate(text); });
    m_domain->lineEdit()->setPlaceholderText(tr("e.g. simpeg.cirebonkab.go.id"));
    m_domainActive = new DateEdit(this);
    m_domainActive->setObjectName(QStringLiteral("domainActiveDate"));
    m_permanent = new QRadioButton(tr("Permanent"), this);
    m_permanent->setObjectName(QStringLiteral("validityPermanent"));
    m_temporary = new QRadioButton(tr("Not permanent, until"), this);
    m_temporary->setObjectName(QStringLiteral("validityTemporary"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_permanent);
    group->addButton(m_temporary);
    m_validUntil = new DateEdit(this);
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    auto *validity = new QWidget(this);
    auto *validityLayout = new QHBoxLayout(validity);
    validityLayout->setContentsMargins(0, 0, 0, 0);
    validityLayout->addWidget(m_permanent);
    validityLayout->addWidget(m_temporary);
    validityLayout->addWidget(m_validUntil);
    validityLayout->addStretch();

    // The PENGAJUAN form's labels, in its order.
    form()->addRow(tr("Unit name:"), m_unitName);
    form()->addRow(tr("Responsible officer:"), m_officer);
    form()->addRow(tr("NIP:"), m_nip);
    form()->addRow(tr("Unit address:"), m_address);
    form()->addRow(tr("Contact number:"), m_phone);
    form()->addRow(tr("Domain name:"), m_domain);
    form()->addRow(tr("Domain active date:"), m_domainActive);
    form()->addRow(tr("Co-location validity:"), validity);

    mapField(FormField::kOfficer, m_officer);
    mapField(FormField::kNip, m_nip);
    mapField(FormField::kUnitAddress, m_address);
    mapField(FormField::kContactPhone, m_phone);
    mapField(FormField::kDomain, m_domain);
    mapField(FormField::kValidUntil, m_validUntil);
    watch(m_phone);
    watch(m_domain);
    watch(m_nip);
    connect(m_temporary, &QRadioButton::toggled, m_validUntil, &QWidget::setEnabled);
    connect(m_officer, &QComboBox::currentIndexChanged, this, &ApplicationStepPage::showOfficerNip);
    connect(m_officer->lineEdit(), &QLineEdit::textChanged, this,
            &ApplicationStepPage::showOfficerNip);
    trackChanges(this);
}

void ApplicationStepPage::showOfficerNip()
{
    const Officer *officer = m_officer->officer();
    m_nip->setText(officer ? Nip::formatted(officer->nip) : QString());
    if (officer)
        m_nip->validateNow(); // an officer stored with a bad number cannot sign the form
}

void ApplicationStepPage::fill(const RequestDossier &dossier)
{
    m_unitName->setText(dossier.unit.name);
    m_unitId = dossier.unit.id;
    const bool done = dossier.application.has_value();
    const Application application = done ? *dossier.application : Application{};
    // Retired officers are no choice, except the one this request already names.
    m_officer->load(m_unitId, done ? application.officerId : 0, application.officerId);
    showOfficerNip();
    m_address->setText(done ? application.unitAddress : dossier.unit.address);
    m_phone->setText(done ? application.contactPhone : dossier.unit.phone);
    m_domain->setText(application.domain);
    m_domainActive->setDate(done && application.domainActiveDate.isValid()
                                ? application.domainActiveDate
                                : ui().clock.today());
    (done && !application.permanent ? m_temporary : m_permanent)->setChecked(true);
    m_validUntil->setDate(done && application.validUntil.isValid()
                              ? application.validUntil
                              : ui().clock.today().addYears(1));
    m_validUntil->setEnabled(m_temporary->isChecked());
    setEditable(!done);
}

Application ApplicationStepPage::input() const
{
    Application application;
    application.officerId = m_officer->currentId();
    application.unitAddress = m_address->text().trimmed();
    application.contactPhone = m_phone->text();
    application.domain = m_domain->text();
    application.domainActiveDate = m_domainActive->date();
    application.permanent = m_permanent->isChecked();
    if (!application.permanent)
        application.validUntil = m_validUntil->date();
    return application;
}

QList<Error> ApplicationStepPage::problems() const
{
    return ui().workflow.validateApplication(requestId(), input());
}

Status ApplicationStepPage::submit(bool *)
{
    return ui().workflow.fillApplication(requestId(), input());
}

} // namespace kolokasi
