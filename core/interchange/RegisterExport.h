#pragma once

#include "common/Result.h"
#include "domain/RegisterEntry.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

/// Writes register lines (a filtered view from AssetRegister) to a CSV or .xlsx file, chosen
/// by the file name's extension, with the columns of RegisterTable.
class RegisterExport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterExport)

public:
    /// `separator` is for CSV only (default `;`). `notes` (may be null) gets a line per cell
    /// an .xlsx file could not hold whole (see XlsxWriter).
    static Status write(const QList<RegisterEntry> &entries, const QString &path,
                        QChar separator = QLatin1Char(';'), QStringList *notes = nullptr);
};

} // namespace kolokasi
