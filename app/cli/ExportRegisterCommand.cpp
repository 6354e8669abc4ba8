#include "ExportRegisterCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "interchange/RegisterExport.h"
#include "register/AssetRegister.h"
#include "register/RegisterViewFilter.h"
#include "store/Database.h"

#include <QCommandLineParser>

namespace kolokasi {

namespace {
const QString kNoc = QStringLiteral("noc");
const QString kUnit = QStringLiteral("unit");
const QString kStatus = QStringLiteral("status");
const QString kSeparator = QStringLiteral("separator");

/// `;` `,` `|`, or "tab" / "\t" for a tab.
std::optional<QChar> separatorFrom(const QString &text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (text.size() == 1 && !text.at(0).isLetterOrNumber() && text.at(0) != QLatin1Char('"') &&
        !text.at(0).isSpace())
        return text.at(0);
    return std::nullopt;
}
} // namespace

CommandInfo ExportRegisterCommand::info()
{
    return {QStringLiteral("export-register"),
            [] { return tr("write the asset register (or part of it) to a CSV or Excel file"); },
            &ExportRegisterCommand::run};
}

QString ExportRegisterCommand::usage()
{
    return tr(
        "Usage: kolokasi [--database F] export-register OUT.csv|OUT.xlsx [--noc N] [--unit U] "
        "[--status active|withdrawn] [--separator C]");
}

int ExportRegisterCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("the file to write: .csv or .xlsx"));
    parser.addOptions(
        {{kNoc, tr("only the assets in this NOC"), QStringLiteral("name")},
         {kUnit, tr("only this unit's assets"), QStringLiteral("name")},
         {kStatus, tr("only active or withdrawn assets"), QStringLiteral("status")},
         {kSeparator, tr("CSV field separator (default ;, or tab)"), QStringLiteral("C")}});
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        ConsoleOutput::error(tr("Name one file to write.") + QLatin1Char('\n') + usage());
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    const auto separator =
        separatorFrom(parser.isSet(kSeparator) ? parser.value(kSeparator) : QStringLiteral(";"));
    if (!separator) {
        ConsoleOutput::error(tr("The separator must be one punctuation character such as ; or , "
                                "(or \"tab\"), not %1.")
                                 .arg(parser.value(kSeparator)));
        return ExitUsage;
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitFailure;
    }
    auto db = Database::open(*location, Database::OpenMode::ReadOnly);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    Database &database = *db.value();
    auto filter = RegisterViewFilter::fromNames(database, parser.value(kNoc), parser.value(kUnit),
                                                parser.value(kStatus));
    if (!filter.ok()) {
        ConsoleOutput::error(filter.error().message);
        return ExitUsage;
    }
    auto entries = AssetRegister(database).entries(*filter);
    if (!entries.ok()) {
        ConsoleOutput::error(entries.error().message);
        return ExitFailure;
    }
    QStringList notes;
    if (Status written = RegisterExport::write(*entries, path, *separator, &notes); !written.ok()) {
        ConsoleOutput::error(written.error().message);
        return ExitFailure;
    }
    ConsoleOutput::print(tr("Wrote %1 asset(s) to %2.").arg(entries->size()).arg(path));
    for (const QString &note : notes)
        ConsoleOutput::print(note);
    return ExitOk;
}

} // namespace kolokasi
