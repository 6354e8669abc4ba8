#include "DemoCommand.h"

#include "CommandLine.h"
#include "CommandStart.h"
#include "ConsoleOutput.h"
#include "DemoData.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>

namespace kolokasi {

CommandInfo DemoCommand::info()
{
    return {QStringLiteral("demo"),
            [] {
                return CommandLine::tr(
                    "fill a new, empty database with a realistic sample data centre");
            },
            &DemoCommand::run};
}

int DemoCommand::run(const CommandLine &line)
{
    const CommandStart start =
        CommandStart::parse(line, CommandLine::tr("Usage: kolokasi --database LOCATION demo"));
    if (!start.location)
        return start.exitCode;
    const DatabaseLocation &location = *start.location;
    FixedClock clock(DemoData::startTime());
    // A file the demo made and could not fill is removed again: left behind, it would be an
    // empty database that every later command refuses.
    const bool madeHere = location.engine == DatabaseLocation::Engine::SQLite &&
                          !QFileInfo::exists(location.filePath);
    const auto removeMadeFile = [&] {
        if (!madeHere)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(location.filePath + suffix);
    };
    Status filled;
    {
        // The demo is the one command that may create a database.
        auto db = Database::open(location, Database::OpenMode::CreateIfMissing, clock);
        if (!db.ok()) {
            ConsoleOutput::error(db.error().message);
            db = Error{}; // closes the file before it is removed
            removeMadeFile();
            return ExitFailure;
        }
        filled = DemoData::fillEmpty(*db.value(), clock);
    }
    if (!filled.ok()) {
        removeMadeFile();
        ConsoleOutput::error(filled.error().code == QLatin1String("not_empty")
                                 ? filled.error().message
                                 : CommandLine::tr("The demo stopped and wrote nothing: %1")
                                       .arg(filled.error().message));
        return ExitFailure;
    }
    ConsoleOutput::print(
        CommandLine::tr("Demo data centre written to %1.").arg(location.displayName()));
    return ExitOk;
}

} // namespace kolokasi
