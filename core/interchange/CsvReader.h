#pragma once

#include "SheetData.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace kolokasi {

/// Reads CSV as spreadsheet programs write it (RFC 4180 with the usual variations): the
/// separator `,` `;` or tab found from the first lines, fields in double quotes may hold the
/// separator, doubled quotes and line breaks; CRLF, LF or CR line ends.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// The largest CSV file read (a register of a hundred thousand servers is far smaller).
    static constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;

    /// The rows of `bytes` (encoding as TextDecoding::decode). `fileName` names the file in errors.
    static Result<SheetData> read(const QByteArray &bytes, const QString &fileName);
    /// The rows of a file read from `device` in pieces, never all of its text at once
    /// (encoding as TextDecoding::decode; the device must be seekable); refused above
    /// kMaxFileBytes.
    static Result<SheetData> read(QIODevice &device, const QString &fileName);
    /// The separator of a CSV text: the one of `,` `;` and tab seen most often (outside quotes)
    /// on one line, among the first 50 (title rows above the header have none); `,` when none
    /// is.
    static QChar detectSeparator(const QString &text);
    /// Splits decoded text into rows with `separator`.
    static Result<SheetData> parse(const QString &text, QChar separator, const QString &fileName);

private:
    class Parser;
    static Error notText(const QString &fileName);
};

} // namespace kolokasi
