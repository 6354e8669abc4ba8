#include "SetupPeoplePage.h"
#include "domain/FormField.h"

#include "models/PeopleNames.h"
#include "validation/EmployeeNumber.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace kolokasi {

SetupPeoplePage::SetupPeoplePage(QWidget *parent) : SetupPage(parent)
{
    setObjectName(QStringLiteral("setupPeoplePage"));
    setTitle(tr("Kepala Bidang and data centre officer"));
    setSubTitle(tr("They sign the approval and the handover; the officer also signs in to work."));
    // The positions are printed under the signatures as they are typed (in Indonesian).
    m_head = addPerson(tr("Kepala Bidang"), QStringLiteral("head"), FormField::kHeadOfDivision);
    m_officer = addPerson(tr("Data centre officer"), QStringLiteral("officer"),
                          FormField::kDataCentreOfficer);
    // The usual positions, set once both people's fields exist (a change judges the page).
    m_head.position->setText(QStringLiteral("Kepala Bidang Teknologi Informatika"));
    m_officer.position->setText(QStringLiteral("Personil Data Center"));
    kindChosen(m_head);
    kindChosen(m_officer);
}

// `fieldPrefix` is the core's name for the person in a refusal ("head_of_division/nip").
SetupPeoplePage::Person SetupPeoplePage::addPerson(const QString &heading, const QString &prefix,
                                                   const QString &fieldPrefix)
{
    form()->addRow(makeSectionHeading(heading, this));
    Person person;
    person.name =
        addField(tr("Name:"), prefix + QStringLiteral("Name"),
                 FormField::ofPerson(fieldPrefix, FormField::kName), tr("Enter the name."));
    person.pns = new QRadioButton(tr("PNS (civil servant)"), this);
    person.pns->setObjectName(prefix + QStringLiteral("KindPns"));
    person.pppk = new QRadioButton(tr("PPPK (contract employee)"), this);
    person.pppk->setObjectName(prefix + QStringLiteral("KindPppk"));
    person.pns->setChecked(true);
    form()->addRow(tr("Employment:"), makeChoiceRow({person.pns, person.pppk}, this));
    QRadioButton *pppk = person.pppk;
    person.nip = addField(tr("NIP:"), prefix + QStringLiteral("Nip"),
                          FormField::ofPerson(fieldPrefix, FormField::kNip),
                          tr("Enter the number."), [pppk](const QString &text) {
                              return EmployeeNumber::validate(
                                  text, pppk->isChecked() ? EmployeeKind::Pppk : EmployeeKind::Pns);
                          });
    connect(person.pppk, &QRadioButton::toggled, this, [this, person] { kindChosen(person); });
    person.position =
        addField(tr("Position:"), prefix + QStringLiteral("Position"),
                 FormField::ofPerson(fieldPrefix, FormField::kPosition), tr("Enter the position."));
    return person;
}

// The number's label, example and rule follow the kind; a number already typed is judged again.
void SetupPeoplePage::kindChosen(const Person &person)
{
    const EmployeeKind kind = person.pppk->isChecked() ? EmployeeKind::Pppk : EmployeeKind::Pns;
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(person.nip)))
        label->setText(tr("%1:").arg(PeopleNames::numberName(kind)));
    person.nip->lineEdit()->setPlaceholderText(kind == EmployeeKind::Pppk
                                                   ? QStringLiteral("19920315 202121 2 001")
                                                   : QStringLiteral("19750314 200003 1 002"));
    if (!person.nip->text().isEmpty())
        person.nip->validateNow();
    changed();
}

Signatory SetupPeoplePage::signatoryOf(const Person &person, const QString &role)
{
    Signatory signatory{role, person.name->text(), person.nip->text(), person.position->text()};
    signatory.kind = person.pppk->isChecked() ? EmployeeKind::Pppk : EmployeeKind::Pns;
    return signatory;
}

Status SetupPeoplePage::check() const
{
    if (Status head = InitialSetup::checkSignatory(signatoryOf(m_head, Signatory::kHeadOfDivision),
                                                   QStringLiteral("head_of_division"));
        !head.ok())
        return Error{head.error().code, tr("Kepala Bidang: %1").arg(head.error().message),
                     head.error().field};
    if (Status officer = InitialSetup::checkSignatory(
            signatoryOf(m_officer, Signatory::kDataCentreOfficer), QStringLiteral("dc_officer"));
        !officer.ok())
        return Error{officer.error().code,
                     tr("Data centre officer: %1").arg(officer.error().message),
                     officer.error().field};
    return {};
}

void SetupPeoplePage::apply(InitialSetupData &setup) const
{
    setup.headOfDivision = signatoryOf(m_head, Signatory::kHeadOfDivision);
    setup.dataCentreOfficer = signatoryOf(m_officer, Signatory::kDataCentreOfficer);
}

} // namespace kolokasi
