#include "InfoCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "store/Database.h"

#include <QCommandLineParser>

namespace kolokasi {

CommandInfo InfoCommand::info()
{
    return {QStringLiteral("info"),
            [] { return CommandLine::tr("show the database in use and its schema version"); }, &InfoCommand::run};
}

int InfoCommand::run(const CommandLine &line)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(CommandLine::tr("Usage: kolokasi [--database LOCATION] info"));
        return ExitOk;
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitUsage;
    }
    const auto db = Database::open(*location);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    const Database &database = *db.value();
    ConsoleOutput::print(CommandLine::tr("Database: %1").arg(location->displayName()));
    ConsoleOutput::print(CommandLine::tr("Engine: %1").arg(database.dialect().isSQLite()
                                                                 ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL")));
    ConsoleOutput::print(CommandLine::tr("Schema version: %1").arg(database.schemaVersion()));
    return ExitOk;
}

} // namespace kolokasi
