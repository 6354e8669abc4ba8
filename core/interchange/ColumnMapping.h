#pragma once

#include "RegisterField.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace kolokasi {

/// Which column of an imported sheet holds which register field. Made from the header by
/// name (Indonesian or English, case, spaces and punctuation ignored); the caller (the
/// mapping step of the import screen, or a script) may change any assignment.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    /// Matches each header cell to a field by name; the first column naming a field wins.
    static ColumnMapping fromHeader(const QStringList &header);

    const QStringList &header() const { return m_header; }
    /// The 0-based column holding `field`, or -1.
    int column(RegisterField field) const { return m_columns.value(field, -1); }
    /// The header text of `field`'s column, else the field's label.
    QString columnName(RegisterField field) const;
    /// Puts `field` in `column` (-1: not imported); a column holds one field at most, so
    /// another field that was in `column` is unassigned.
    void assign(RegisterField field, int column);
    /// Header cells no field is read from (ignored by the import).
    QStringList unusedColumns() const;
    /// Success if every required field has a column; else names the missing ones.
    Status checkComplete() const;

private:
    QStringList m_header;
    QMap<RegisterField, int> m_columns;
};

} // namespace kolokasi
