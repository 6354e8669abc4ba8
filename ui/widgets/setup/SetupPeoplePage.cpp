#include "SetupPeoplePage.h"

#include "validation/Nip.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kolokasi {

SetupPeoplePage::SetupPeoplePage(QWidget *parent) : SetupPage(parent)
{
    setObjectName(QStringLiteral("setupPeoplePage"));
    setTitle(tr("Kepala Bidang and data centre officer"));
    setSubTitle(tr("They sign the approval and the handover; the officer also signs in to work."));
    // The positions are printed under the signatures as they are typed (in Indonesian).
    m_head = addPerson(tr("Kepala Bidang"), QStringLiteral("head"));
    m_officer = addPerson(tr("Data centre officer"), QStringLiteral("officer"));
    // The usual positions, set once both people's fields exist (a change judges the page).
    m_head.position->setText(QStringLiteral("Kepala Bidang Teknologi Informatika"));
    m_officer.position->setText(QStringLiteral("Personil Data Center"));
}

SetupPeoplePage::Person SetupPeoplePage::addPerson(const QString &heading, const QString &prefix)
{
    form()->addRow(makeSectionHeading(heading, this));
    Person person;
    person.name = addField(tr("Name:"), prefix + QStringLiteral("Name"), tr("Enter the name."));
    person.nip = addField(tr("NIP:"), prefix + QStringLiteral("Nip"), tr("Enter the NIP."),
                          [](const QString &text) { return Nip::validate(text); });
    person.nip->lineEdit()->setPlaceholderText(QStringLiteral("19750314 200003 1 002"));
    person.position =
        addField(tr("Position:"), prefix + QStringLiteral("Position"), tr("Enter the position."));
    return person;
}

Signatory SetupPeoplePage::signatoryOf(const Person &person, const QString &role)
{
    return {role, person.name->text(), person.nip->text(), person.position->text()};
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
