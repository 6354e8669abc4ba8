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
    };

    static Status write(const QString &path, const QStringList &header,
                        const QList<QVariantList> &rows, const Options &options);
};

} // namespace kolokasi
