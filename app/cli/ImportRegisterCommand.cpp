#include "ImportRegisterCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "interchange/RegisterImport.h"
#include "interchange/SpreadsheetReader.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace kolokasi {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
const QString kSheet = QStringLiteral("sheet");
const QString kSkipInvalid = QStringLiteral("skip-invalid");

void printReport(const ImportReport &report, const ImportOptions &options)
{
    for (const ImportProblem &problem : report.problems)
        ConsoleOutput::print(ImportRegisterCommand::tr("Line %1, column \"%2\": %3")
                                 .arg(problem.line)
                                 .arg(problem.column, problem.message));
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
        "[--skip-invalid]");
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
         {kSkipInvalid, tr("import the good rows even if some rows are bad")}});
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

    const auto sheet = SpreadsheetReader::read(path, parser.value(kSheet));
    if (!sheet.ok()) {
        ConsoleOutput::error(sheet.error().message);
        return ExitFailure;
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
    const auto report =
        RegisterImport(database).run(*sheet, ColumnMapping::fromHeader(sheet->header()), options);
    if (!report.ok()) {
        ConsoleOutput::error(report.error().message);
        return ExitFailure;
    }
    printReport(*report, options);
    return report->problems.isEmpty() || options.skipInvalid ? ExitOk : ExitFailure;
}

} // namespace kolokasi
