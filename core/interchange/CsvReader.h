#pragma once

#include "SheetData.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kolokasi {

/// Reads CSV as spreadsheet programs write it (RFC 4180 with the usual variations): the
/// separator `,` `;` or tab found from the header line, fields in double quotes may hold the
/// separator, doubled quotes and line breaks; CRLF, LF or CR line ends.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// The rows of `bytes` (encoding as TextDecoding::decode). `fileName` names the file in errors.
    static Result<SheetData> read(const QByteArray &bytes, const QString &fileName);
    /// The separator of a CSV text: the one of `,` `;` and tab seen most often (outside quotes)
    /// on its first line; `,` when none is.
    static QChar detectSeparator(const QString &text);
    /// Splits decoded text into rows with `separator`.
    static Result<SheetData> parse(const QString &text, QChar separator, const QString &fileName);
};

} // namespace kolokasi
