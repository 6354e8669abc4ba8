#include "RegisterExport.h"

#include "CsvWriter.h"
#include "RegisterTable.h"
#include "XlsxWriter.h"
#include "common/AtomicFileWriter.h"

#include <QIODevice>

namespace kolokasi {

Status RegisterExport::write(const QList<RegisterEntry> &entries, const QString &path,
                             QChar separator, QStringList *notes)
{
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const RegisterEntry &entry : entries)
        rows.append(RegisterTable::row(entry));
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        XlsxWriter::Options options;
        options.sheetName = QStringLiteral("Aset Register");
        options.notes = notes;
        return XlsxWriter::write(path, RegisterTable::header(), rows, options);
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Error{
            QStringLiteral("unknown_format"),
            tr("%1: give the file name the ending .csv or .xlsx, so Kolokasi knows what to write.")
                .arg(path),
            QStringLiteral("output")};
    QList<QStringList> lines;
    lines.reserve(rows.size());
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row)
            cells << RegisterTable::text(cell);
        lines.append(cells);
    }
    const QByteArray bytes = CsvWriter::write(RegisterTable::header(), lines, separator);
    return AtomicFileWriter::write(path, [&](QIODevice &out) -> Status {
        if (out.write(bytes) == bytes.size())
            return {};
        return Error{QStringLiteral("write_failed"), tr("%1 could not be written.").arg(path),
                     QStringLiteral("output")};
    });
}

} // namespace kolokasi
