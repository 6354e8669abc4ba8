#include "ImportRegisterCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "interchange/RegisterImport.h"
#include "interchange/SpreadsheetReader.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace kolokasi {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
const QString kSheet = QStringLiteral("sheet");
const QString kSkipInvalid = QStringLiteral("skip-invalid");
const QString kIgnoreColumn = QStringLiteral("ignore-column");
const QString kHeaderRow = QStringLiteral("header-row");

void printReport(const ImportReport &report, const ImportOptions &options)
{
    ConsoleOutput::print(ImportRegisterCommand::tr("Header: row %1.").arg(report.headerLine));
    // A file of many bad rows: the first problems and a count, not one line per problem.
    const qsizetype shown =
        std::min<qsizetype>(report.problems.size(), ImportReport::kPrintedProblems);
    for (qsizetype index = 0; index < shown; ++index) {
        const ImportProblem &problem = report.problems.at(index);
        ConsoleOutput::print(ImportRegisterCommand::tr("Line %1, column \"%2\": %3")
                                 .arg(problem.line)
                                 .arg(problem.column, problem.message));
    }
    if (report.problems.size() > shown)
        ConsoleOutput::print(ImportRegisterCommand::tr("... and %1 more problem(s) not shown; "
                                                       "correct the ones above and check again.")
                                 .arg(report.problems.size() - shown));
    for (const SkippedRow &skipped : report.skippedRows)
        ConsoleOutput::print(ImportRegisterCommand::tr("Line %1 skipped (a total or a note, not "
                                                       "an asset): %2")
                                 .arg(skipped.line)
                                 .arg(skipped.text));
    if (!report.ignoredColumns.isEmpty())
        ConsoleOutput::print(ImportRegisterCommand::tr("Columns not imported: %1.")
                                 .arg(report.ignoredColumns.join(QStringLiteral(", "))));
    if (!report.newUnits.isEmpty())
        ConsoleOutput::print((report.written
                                  ? ImportRegisterCommand::tr("New units created: %1.")
                                  : ImportRegisterCommand::tr("New units to create: %1."))
                                 .arg(report.newUnits.join(QStringLiteral(", "))));
    ConsoleOutput::print(ImportRegisterCommand::tr("%1: %2 row(s), %3 good, %4 bad.")
                             .arg(options.sourceName)
                             .arg(report.rowCount)
                             .arg(report.acceptedCount)
                             .arg(report.badRowCount()));
    if (report.written)
        ConsoleOutput::print(
            ImportRegisterCommand::tr("Imported %1 asset(s).").arg(report.acceptedCount));
    else if (options.dryRun)
        ConsoleOutput::print(ImportRegisterCommand::tr("Dry run: nothing was written."));
    else
        ConsoleOutput::print(ImportRegisterCommand::tr(
            "Nothing was imported. Correct the bad rows, or use --skip-invalid to import only "
            "the good ones."));
}
} // namespace

CommandInfo ImportRegisterCommand::info()
{
    return {QStringLiteral("import-register"),
            [] { return tr("bring an existing asset register in from a CSV or Excel file"); },
            &ImportRegisterCommand::run};
}

QString ImportRegisterCommand::usage()
{
    return tr(
        "Usage: kolokasi [--database F] import-register IN.csv|IN.xlsx [--dry-run] [--sheet NAME] "
        "[--skip-invalid] [--header-row N] [--ignore-column NAME]...");
}

int ImportRegisterCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("the register to import: .csv or .xlsx"));
    parser.addOptions(
        {{kDryRun, tr("check every row and report, without writing anything")},
         {kSheet, tr("the Excel sheet to read (default: the first)"), QStringLiteral("name")},
         {kSkipInvalid, tr("import the good rows even if some rows are bad")},
         {kHeaderRow, tr("the row that names the columns (default: found among the first 20 rows)"),
          QStringLiteral("N")},
         {kIgnoreColumn,
          tr("leave out a column that looks like a register field (repeat for more)"),
          QStringLiteral("name")}});
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        ConsoleOutput::error(tr("Name one file to import.") + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    ImportOptions options;
    options.dryRun = parser.isSet(kDryRun);
    options.skipInvalid = parser.isSet(kSkipInvalid);
    options.sourceName = QFileInfo(path).fileName();

    auto read = SpreadsheetReader::read(path, parser.value(kSheet));
    if (!read.ok()) {
        ConsoleOutput::error(read.error().message);
        return ExitFailure;
    }
    SheetData *sheet = &read.value();
    sheet->headerIndex = ColumnMapping::findHeaderRow(*sheet);
    if (parser.isSet(kHeaderRow)) {
        bool number = false;
        const int wanted = parser.value(kHeaderRow).toInt(&number);
        qsizetype index = -1;
        for (qsizetype row = 0; number && row < sheet->rows.size(); ++row) {
            if (sheet->rows.at(row).line == wanted)
                index = row;
        }
        if (index < 0) {
            ConsoleOutput::error(tr("--header-row %1: %2 has no filled row %1. Give the row "
                                    "number the spreadsheet program shows for the header.")
                                     .arg(parser.value(kHeaderRow), options.sourceName));
            return ExitUsage;
        }
        sheet->headerIndex = index;
    }
    ColumnMapping mapping = ColumnMapping::fromHeader(sheet->header());
    for (const QString &name : parser.values(kIgnoreColumn)) {
        if (!mapping.ignore(name)) {
            ConsoleOutput::error(tr("--ignore-column %1: the header (row %2) has no column "
                                    "called \"%1\". Its columns are: %3.")
                                     .arg(name)
                                     .arg(sheet->headerLine())
                                     .arg(sheet->header().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitFailure;
    }
    auto db = Database::open(*location, Database::OpenMode::ExistingOnly);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    Database &database = *db.value();
    database.setActor(qEnvironmentVariable("USER", QStringLiteral("import-register")));
    const auto report = RegisterImport(database).run(*sheet, mapping, options);
    if (!report.ok()) {
        // Which row was taken as the header, when the file has one.
        ConsoleOutput::error(
            (sheet->headerLine() > 0
                 ? tr("Header: row %1.").arg(sheet->headerLine()) + QLatin1Char(' ')
                 : QString()) +
            report.error().message);
        return ExitFailure;
    }
    printReport(*report, options);
    return report->problems.isEmpty() || options.skipInvalid ? ExitOk : ExitFailure;
}

} // namespace kolokasi
