#pragma once

#include <QList>
#include <QStringList>

namespace kolokasi {

/// One row of a spreadsheet as read: its line (CSV: the line the record starts on; xlsx: the
/// row number Excel shows) and its cells as text.
struct SheetRow
{
    int line = 0;
    QStringList cells;
};

/// A read spreadsheet: rows whose cells are all blank are left out. The header is the row at
/// headerIndex (0 unless title rows stand above it: ColumnMapping::findHeaderRow()); the rows
/// above it are not data.
struct SheetData
{
    QList<SheetRow> rows;
    qsizetype headerIndex = 0;

    bool isEmpty() const { return rows.isEmpty(); }
    QStringList header() const
    {
        return headerIndex < rows.size() ? rows.at(headerIndex).cells : QStringList();
    }
    /// The line of the header as the spreadsheet program shows it (0: none).
    int headerLine() const { return headerIndex < rows.size() ? rows.at(headerIndex).line : 0; }
};

} // namespace kolokasi
