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

/// A read spreadsheet: the first row is the header; rows whose cells are all blank are left out.
struct SheetData
{
    QList<SheetRow> rows;

    bool isEmpty() const { return rows.isEmpty(); }
    QStringList header() const { return rows.isEmpty() ? QStringList() : rows.first().cells; }
};

} // namespace kolokasi
