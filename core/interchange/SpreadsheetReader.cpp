#include "SpreadsheetReader.h"

#include "CsvReader.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>

namespace kolokasi {

Result<SheetData> SpreadsheetReader::read(const QString &path, const QString &sheetName)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadable_file"),
                     tr("%1 cannot be opened (%2). Check the file name and that you may read it.")
                         .arg(path, file.errorString()),
                     QStringLiteral("file")};
    if (file.size() == 0)
        return SheetData{}; // whatever its name: the import says the file is empty
    const QByteArray signature = file.peek(8);
    if (signature.startsWith("PK\x03\x04")) {
        file.close();
        return XlsxReader::read(path, sheetName);
    }
    if (signature.startsWith("\xD0\xCF\x11\xE0"))
        return Error{QStringLiteral("not_a_spreadsheet"),
                     tr("%1 is an old Excel (.xls) file. Open it in the spreadsheet program, save "
                        "it as .xlsx or "
                        "CSV and try again.")
                         .arg(fileName),
                     QStringLiteral("file")};
    if (fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Error{QStringLiteral("not_a_spreadsheet"),
                     tr("%1 is not an Excel (.xlsx) workbook. Save it from the spreadsheet program "
                        "as .xlsx or CSV "
                        "and try again.")
                         .arg(fileName),
                     QStringLiteral("file")};
    if (!sheetName.isEmpty())
        return Error{
            QStringLiteral("unknown_sheet"),
            tr("%1 is a CSV file, which has no sheets: leave out the sheet name.").arg(fileName),
            QStringLiteral("sheet")};
    return CsvReader::read(file, fileName);
}

} // namespace kolokasi
