#include "RegisterExport.h"

#include "CsvWriter.h"
#include "FileOutput.h"
#include "RegisterTable.h"
#include "XlsxWriter.h"

namespace kolokasi {

Status RegisterExport::write(const QList<RegisterEntry> &entries, const QString &path,
                             QChar separator)
{
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const RegisterEntry &entry : entries)
        rows.append(RegisterTable::row(entry));
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter::Options options;
        options.sheetName = QStringLiteral("Aset Register");
        return XlsxWriter::write(path, RegisterTable::header(), rows, options);
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Error{
            QStringLiteral("unknown_format"),
            tr("%1: give the file name the ending .csv or .xlsx, so Kolokasi knows what to write.")
                .arg(path),
            QStringLiteral("file")};
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << RegisterTable::text(cell);
        lines.append(cells);
    }
    return FileOutput::write(path, CsvWriter::write(RegisterTable::header(), lines, separator));
}

} // namespace kolokasi
