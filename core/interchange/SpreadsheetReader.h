#pragma once

#include "SheetData.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// Opens a register spreadsheet whatever its kind: an .xlsx workbook (recognised by its zip
/// signature, not by its name) or a CSV text; anything else is refused with a clear sentence.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)

public:
    /// The rows of the file at `path`; `sheetName` picks an .xlsx sheet (empty: the first).
    static Result<SheetData> read(const QString &path, const QString &sheetName = {});
};

} // namespace kolokasi
