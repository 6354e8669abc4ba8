#pragma once

#include "RecordDialog.h"
#include "domain/Officer.h"

#include <functional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace kolokasi {

class Database;
class ValidatedLineEdit;

/// Adds or edits an officer of a unit: name, PNS or PPPK, the number checked as typed by the
/// rule of the chosen kind (NIP or NI PPPK), position, phone and e-mail.
class OfficerDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// Stores the officer as edited; returns it as stored, or the refusal.
    using Store = std::function<Result<Officer>(const Officer &)>;

    /// `officer.id` 0 adds a new officer to `officer.unitId`; else edits it as read.
    OfficerDialog(Database &db, const Officer &officer, QWidget *parent = nullptr);
    /// The same form for an officer kept elsewhere (the agency's signatories): `store` saves.
    OfficerDialog(const Officer &officer, Store store, QWidget *parent = nullptr);

    /// Shows or hides phone and e-mail (a signatory has none).
    void setContactShown(bool shown);

    /// The officer as stored by the last successful save.
    const Officer &stored() const { return m_officer; }

protected:
    Status save() override;

private:
    EmployeeKind chosenKind() const;
    void kindChosen();

    Store m_store;
    Officer m_officer;
    ValidatedLineEdit *m_name;
    QRadioButton *m_pns;
    QRadioButton *m_pppk;
    QLabel *m_numberLabel;
    ValidatedLineEdit *m_number;
    QLineEdit *m_position;
    ValidatedLineEdit *m_phone;
    QLineEdit *m_email;
};

} // namespace kolokasi
