#pragma once

#include "RecordDialog.h"
#include "domain/Unit.h"

class QLineEdit;

namespace kolokasi {

class Database;
class ValidatedLineEdit;

/// Adds or edits a unit (OPD): name, short code, its head's title, address, phone and e-mail.
class UnitDialog : public RecordDialog
{
    Q_OBJECT

public:
    /// `unit.id` 0 adds a new unit; else edits it as read.
    UnitDialog(Database &db, const Unit &unit, QWidget *parent = nullptr);

    /// The unit as stored by the last successful save.
    const Unit &stored() const { return m_unit; }

protected:
    Status save() override;

private:
    Database &m_db;
    Unit m_unit;
    ValidatedLineEdit *m_name;
    QLineEdit *m_code;
    QLineEdit *m_headTitle;
    QLineEdit *m_address;
    ValidatedLineEdit *m_phone;
    QLineEdit *m_email;
};

} // namespace kolokasi
