#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace kolokasi {

/// Writes one sheet of an Excel .xlsx workbook with libxlsxwriter: the header row bold and
/// frozen, columns sized to their text, QDate cells as real dates, numbers as numbers.
/// Goes to the target through AtomicFileWriter: never half a file, owner-only.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    struct Options
    {
        QString sheetName = QStringLiteral("Sheet1");
        bool inlineStrings = false; // libxlsxwriter's constant-memory mode (no shared strings)
        /// Where to add one line per cell that had to be cut (Excel holds at most
        /// kMaxCellLength characters in a cell); may be null.
        QStringList *notes = nullptr;
    };

    /// Excel's limit for the text of one cell.
    static constexpr int kMaxCellLength = 32767;
    /// What ends a cell cut at Excel's limit, so that a reader sees it is not whole.
    static QString cutMark();

    /// Writes the workbook; a cell longer than kMaxCellLength is cut, ends in cutMark() and
    /// gets a line in `options.notes`. Any other cell libxlsxwriter refuses is an error.
    static Status write(const QString &path, const QStringList &header,
                        const QList<QVariantList> &rows, const Options &options);
};

} // namespace kolokasi
