#include "HolidayList.h"

#include "CsvReader.h"
#include "validation/DateInput.h"

#include <QSet>

namespace kolokasi {

Result<HolidayList::Reading> HolidayList::read(const QByteArray &bytes, const QString &fileName)
{
    auto sheet = CsvReader::read(bytes, fileName);
    if (!sheet.ok())
        return sheet.error();
    Reading reading;
    QSet<QDate> seen;
    for (const SheetRow &row : sheet->rows) {
        const QString dateText = row.cells.value(0).trimmed();
        const QString name = row.cells.value(1).trimmed();
        auto day = DateInput::parse(dateText, QStringLiteral("day"));
        if (!day.ok() && row.line == sheet->rows.first().line)
            continue; // the header line
        if (!day.ok())
            reading.problems.append(
                tr("Line %1: %2 is not a date (write it as 2026-08-17 or 17/08/2026).")
                    .arg(row.line)
                    .arg(dateText.isEmpty() ? tr("an empty cell") : dateText));
        else if (name.isEmpty())
            reading.problems.append(
                tr("Line %1: the holiday on %2 has no name.").arg(row.line).arg(dateText));
        else if (seen.contains(*day))
            reading.problems.append(tr("Line %1: %2 is listed twice.").arg(row.line).arg(dateText));
        else {
            seen.insert(*day);
            reading.holidays.append({*day, name});
        }
    }
    if (reading.holidays.isEmpty() && reading.problems.isEmpty())
        return Error{QStringLiteral("empty_file"),
                     tr("%1 holds no holiday; each line needs a date and a name.").arg(fileName),
                     QStringLiteral("file")};
    return reading;
}

} // namespace kolokasi
