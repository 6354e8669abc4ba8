#include "OfficerDialog.h"
#include "domain/FormField.h"

#include "FormParts.h"
#include "ValidatedLineEdit.h"
#include "models/PeopleNames.h"
#include "services/MasterData.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "validation/PhoneNumber.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace kolokasi {

OfficerDialog::OfficerDialog(Database &db, const Officer &officer, QWidget *parent)
    : OfficerDialog(
          officer,
          [&db](const Officer &edited) {
              MasterData units(db);
              return edited.id > 0 ? units.updateOfficer(edited) : units.createOfficer(edited);
          },
          parent)
{
}

OfficerDialog::OfficerDialog(const Officer &officer, Store store, QWidget *parent)
    : RecordDialog(parent), m_store(std::move(store)), m_officer(officer),
      m_name(new ValidatedLineEdit(this)), m_pns(new QRadioButton(tr("PNS (civil servant)"), this)),
      m_pppk(new QRadioButton(tr("PPPK (contract employee)"), this)),
      m_numberLabel(new QLabel(this)), m_number(new ValidatedLineEdit(this)),
      m_position(new QLineEdit(this)), m_phone(new ValidatedLineEdit(this)),
      m_email(new QLineEdit(this))
{
    setObjectName(QStringLiteral("officerDialog"));
    setWindowTitle(officer.id > 0 ? tr("Edit officer") : tr("Add officer"));
    m_name->setObjectName(QStringLiteral("officerName"));
    m_name->setRequired(tr("Fill in the officer's name."));
    m_pns->setObjectName(QStringLiteral("officerKindPns"));
    m_pppk->setObjectName(QStringLiteral("officerKindPppk"));
    m_number->setObjectName(QStringLiteral("officerNumber"));
    m_number->setRule(
        [this](const QString &text) { return EmployeeNumber::validate(text, chosenKind()); });
    m_position->setObjectName(QStringLiteral("officerPosition"));
    m_phone->setObjectName(QStringLiteral("officerPhone"));
    m_phone->setRule([](const QString &text) { return PhoneNumber::validate(text); });
    m_phone->lineEdit()->setPlaceholderText(tr("e.g. 0812-2345-6789 or (0231) 8330580"));
    m_email->setObjectName(QStringLiteral("officerEmail"));

    form()->addRow(tr("Name:"), m_name);
    form()->addRow(tr("Employment:"), makeChoiceRow({m_pns, m_pppk}, this));
    form()->addRow(m_numberLabel, m_number);
    form()->addRow(tr("Position:"), m_position);
    form()->addRow(tr("Phone:"), m_phone);
    form()->addRow(tr("E-mail:"), m_email);
    for (ValidatedLineEdit *field : {m_name, m_number, m_phone})
        watch(field);
    mapField(FormField::kName, m_name);
    mapField(FormField::kNip, m_number);
    mapField(FormField::kPhone, m_phone);
    mapField(FormField::kPosition, m_position);

    m_name->setText(officer.name);
    (officer.kind == EmployeeKind::Pppk ? m_pppk : m_pns)->setChecked(true);
    m_number->setText(Nip::formatted(officer.nip));
    m_position->setText(officer.position);
    m_phone->setText(officer.phone);
    m_email->setText(officer.email);
    kindChosen();
    connect(m_pppk, &QRadioButton::toggled, this, &OfficerDialog::kindChosen);
}

void OfficerDialog::setContactShown(bool shown)
{
    form()->setRowVisible(m_phone, shown);
    form()->setRowVisible(m_email, shown);
}

EmployeeKind OfficerDialog::chosenKind() const
{
    return m_pppk->isChecked() ? EmployeeKind::Pppk : EmployeeKind::Pns;
}

// The number's label and rule follow the kind; a number already typed is judged again.
void OfficerDialog::kindChosen()
{
    const EmployeeKind kind = chosenKind();
    m_numberLabel->setText(tr("%1:").arg(PeopleNames::numberName(kind)));
    m_number->lineEdit()->setPlaceholderText(kind == EmployeeKind::Pppk
                                                 ? tr("e.g. 19920315 202121 2 001")
                                                 : tr("e.g. 19620718 198603 1 003"));
    if (!m_number->text().isEmpty())
        m_number->validateNow();
}

Status OfficerDialog::save()
{
    Officer edited = m_officer;
    edited.name = m_name->text();
    edited.kind = chosenKind();
    edited.nip = m_number->text();
    edited.position = m_position->text();
    edited.phone = m_phone->text();
    edited.email = m_email->text();
    auto stored = m_store(edited);
    if (!stored.ok())
        return stored.error();
    m_officer = *stored;
    return {};
}

} // namespace kolokasi
