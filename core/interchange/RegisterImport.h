#pragma once

#include "ColumnMapping.h"
#include "SheetData.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace kolokasi {

class Database;

/// Why one row of an imported sheet cannot be taken.
struct ImportProblem
{
    int line = 0;   // as the spreadsheet program shows it
    QString column; // the column's header in the file
    QString code;   // the refused rule (required, invalid_value, duplicate, overlap, ...)
    QString message;
};

/// A row below the data that is not an asset: a total ("JUMLAH", "Total", a lone number) or a
/// note ("Keterangan:" and what follows). Listed, not refused.
struct SkippedRow
{
    int line = 0;
    QString text; // the row's cells, joined
};

struct ImportOptions
{
    bool dryRun = false;      // check every row, write nothing
    bool skipInvalid = false; // import the good rows even if some are bad
    QString sourceName;       // the file's name, for the audit log and the request subject
};

/// What an import did, or (dry run) would do.
struct ImportReport
{
    int rowCount = 0;   // asset rows below the header (skipped rows not counted)
    int headerLine = 0; // the row taken as the header, as the spreadsheet program shows it
    QList<SkippedRow> skippedRows;
    int acceptedCount = 0; // rows that pass every rule (written unless a dry run)
    bool written = false;  // the accepted rows are in the database
    QList<ImportProblem> problems;
    QStringList newUnits;       // units the import creates
    QStringList ignoredColumns; // header cells no field is read from
    QList<qint64> assetIds;     // the imported assets, when written

    int badRowCount() const;
    /// How many problems a printed report lists; the rest are counted (the dialog pages them).
    static constexpr int kPrintedProblems = 100;
};

/// Brings an agency's existing register (CSV or .xlsx, read by SpreadsheetReader) into the
/// database. Every row is checked with the core's validators and placement rules, against
/// the database and the rows above it; nothing is written unless every row is good (or
/// skipInvalid), then every row in one transaction, each asset logged as imported.
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    explicit RegisterImport(Database &db) : m_db(db) {}

    /// Checks (and unless a dry run, writes) every row of `sheet` read through `mapping`.
    /// An error is a file-level refusal (no rows, a required column missing, the store failing).
    Result<ImportReport> run(const SheetData &sheet, const ColumnMapping &mapping,
                             const ImportOptions &options);

    /// The index in `sheet.rows` where the trailing totals and notes begin (rows.size() if
    /// there are none): from the first row after the header that is a total, a lone number
    /// or a note, when every row after it is one too or follows a note.
    static qsizetype trailerStart(const SheetData &sheet);
    /// The watts of a power cell as people type it: "450", "450 W", "0,45 kW", "1.200 W".
    static std::optional<int> parsePower(const QString &text);
    /// The addresses of an IP cell: separated by commas, semicolons, slashes, spaces or lines.
    static QStringList splitAddresses(const QString &text);

private:
    class RowImporter; // checks (and writes) one import's rows; RegisterImportRows.h

    Database &m_db;
};

} // namespace kolokasi
