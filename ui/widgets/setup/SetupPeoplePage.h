#pragma once

#include "SetupPage.h"

class QRadioButton;

namespace kolokasi {

class ValidatedLineEdit;

/// The two signatories of the SOP's forms: the head of division (Kepala Bidang), who approves,
/// and the data centre officer (Personil DC), who hands over; each with name, PNS or PPPK (as in
/// Unit & Pejabat: the number is checked by the rule of that kind), number and position.
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
        ValidatedLineEdit *name = nullptr;
        QRadioButton *pns = nullptr;
        QRadioButton *pppk = nullptr;
        ValidatedLineEdit *nip = nullptr;
        ValidatedLineEdit *position = nullptr;
    };
    Person addPerson(const QString &heading, const QString &prefix, const QString &fieldPrefix);
    void kindChosen(const Person &person);
    static Signatory signatoryOf(const Person &person, const QString &role);

    Person m_head;
    Person m_officer;
};

} // namespace kolokasi
