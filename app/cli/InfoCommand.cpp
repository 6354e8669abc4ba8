#include "InfoCommand.h"

#include "CommandLine.h"
#include "CommandStart.h"
#include "ConsoleOutput.h"
#include "store/Database.h"


namespace kolokasi {

CommandInfo InfoCommand::info()
{
    return {QStringLiteral("info"),
            [] { return CommandLine::tr("show the database in use and its schema version"); }, &InfoCommand::run};
}

int InfoCommand::run(const CommandLine &line)
{
    const CommandStart start = CommandStart::parse(line, CommandLine::tr("Usage: kolokasi [--database LOCATION] info"));
    if (!start.location)
        return start.exitCode;
    const DatabaseLocation &location = *start.location;
    // Read-only: showing a database never creates, migrates or changes it.
    const auto db = Database::open(location, Database::OpenMode::ReadOnly);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    const Database &database = *db.value();
    ConsoleOutput::print(CommandLine::tr("Database: %1").arg(location.displayName()));
    ConsoleOutput::print(CommandLine::tr("Engine: %1").arg(database.dialect().isSQLite()
                                                                 ? QStringLiteral("SQLite")
                                                                 : QStringLiteral("PostgreSQL")));
    ConsoleOutput::print(CommandLine::tr("Schema version: %1").arg(database.schemaVersion()));
    if (database.schemaVersion() < Database::latestSchemaVersion())
        ConsoleOutput::print(
            CommandLine::tr(
                "This Kolokasi upgrades it to schema version %1 when it opens it for work.")
                .arg(Database::latestSchemaVersion()));
    ConsoleOutput::print(
        database.fileIsReadOnly()
            ? CommandLine::tr("Access: read-only (the file or its folder may not be written)")
            : CommandLine::tr("Access: read and write"));
    return ExitOk;
}

} // namespace kolokasi
