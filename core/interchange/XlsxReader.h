#pragma once

#include "SheetData.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace kolokasi {

/// Reads one worksheet of an Excel .xlsx workbook (a zip of XML parts, opened with zlib's
/// minizip and read with QXmlStreamReader): shared strings, inline strings, numbers, booleans, and
/// numbers in a date format as dates (ISO text, from Excel's serial day numbers).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /// The rows of the sheet called `sheetName` (empty: the first sheet) of the file at `path`.
    static Result<SheetData> read(const QString &path, const QString &sheetName = {});
    /// The names of the workbook's sheets, in the workbook's order (for a sheet chooser).
    static Result<QStringList> sheetNames(const QString &path);
    /// The calendar date of an Excel serial day number (1900 date system).
    static QDate dateFromSerial(double serial);
    /// Whether an Excel number format shows a date (built-in ids 14-22, 45-47, or a custom code
    /// with day, month or year letters outside quotes and brackets).
    static bool isDateFormat(int formatId, const QString &formatCode);

private:
    XlsxReader(void *zip, const QString &fileName) : m_zip(zip), m_fileName(fileName) {}

    bool hasPart(const QString &name) const;
    Result<QByteArray> part(const QString &name) const;
    static Error notAWorkbook(const QString &fileName);
    /// The sheets' names; with `relationIds`, each one's relationship id too.
    Result<QStringList> sheetList(QStringList *relationIds) const;
    Result<QString> sheetPart(const QString &sheetName) const;
    Status readSharedStrings();
    Status readDateStyles();
    Result<SheetData> readSheet(const QString &partName) const;
    Error broken(const QString &detail) const;

    void *m_zip; // minizip unzFile, owned by read()
    QString m_fileName;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // indexes into cellXfs whose number format is a date
};

} // namespace kolokasi
