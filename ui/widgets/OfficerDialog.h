#pragma once

#include "RecordDialog.h"
#include "domain/Officer.h"

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
    /// `officer.id` 0 adds a new officer to `officer.unitId`; else edits it as read.
    OfficerDialog(Database &db, const Officer &officer, QWidget *parent = nullptr);

    /// The officer as stored by the last successful save.
    const Officer &stored() const { return m_officer; }

protected:
    Status save() override;

private:
    EmployeeKind chosenKind() const;
    void kindChosen();

    Database &m_db;
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
