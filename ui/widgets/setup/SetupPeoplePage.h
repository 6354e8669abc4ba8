#pragma once

#include "SetupPage.h"

namespace kolokasi {

class ValidatedLineEdit;

/// The two signatories of the SOP's forms: the head of division (Kepala Bidang), who approves,
/// and the data centre officer (Personil DC), who hands over; each with name, NIP, position.
class SetupPeoplePage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupPeoplePage(QWidget *parent = nullptr);

    Status check() const override;
    void apply(InitialSetupData &setup) const override;

private:
    struct Person
    {
        ValidatedLineEdit *name;
        ValidatedLineEdit *nip;
        ValidatedLineEdit *position;
    };
    Person addPerson(const QString &heading, const QString &prefix);
    static Signatory signatoryOf(const Person &person, const QString &role);

    Person m_head;
    Person m_officer;
};

} // namespace kolokasi
