#pragma once

#include "RegisterField.h"
#include "SheetData.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
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
    /// The index in `sheet.rows` of its header: the first row among the first kHeaderSearchRows
    /// lines whose cells name every required field (title and blank rows above it are not the
    /// header); 0 if none does.
    static qsizetype findHeaderRow(const SheetData &sheet);
    static constexpr int kHeaderSearchRows = 20;

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
    /// The admin said to leave `column` out although it looks like a register field
    /// (--ignore-column, or "not imported" chosen in the mapping step).
    void ignore(int column);
    /// Leaves out the column whose header is `name` (compared as RegisterFields::
    /// normalizedHeader); false if there is none.
    bool ignore(const QString &name);
    bool isIgnored(int column) const { return m_ignored.contains(column); }
    /// Columns no field is read from that look like a register field (RegisterFields::
    /// looksLikeField) and were not left out on purpose: importing would lose them silently.
    QList<int> unresolvedColumns() const;
    /// Success if every required field has a column; else names the missing ones.
    Status checkComplete() const;
    /// checkComplete(), then success only if no column is unresolved; else names them.
    Status checkNothingLost() const;

private:
    QStringList m_header;
    QMap<RegisterField, int> m_columns;
    QSet<int> m_ignored;
};

} // namespace kolokasi
