#include "DemoCommand.h"

#include "CommandLine.h"
#include "CommandStart.h"
#include "ConsoleOutput.h"
#include "DemoData.h"
#include "store/Database.h"
#include "store/DatabaseContents.h"

#include <QTimeZone>

namespace kolokasi {

CommandInfo DemoCommand::info()
{
    return {QStringLiteral("demo"),
            [] { return CommandLine::tr("fill a new, empty database with a realistic sample data centre"); },
            &DemoCommand::run};
}

int DemoCommand::run(const CommandLine &line)
{
    const CommandStart start = CommandStart::parse(line, CommandLine::tr("Usage: kolokasi --database LOCATION demo"));
    if (!start.location)
        return start.exitCode;
    const DatabaseLocation &location = *start.location;
    FixedClock clock(QDateTime(QDate(2025, 1, 6), QTime(1, 0), QTimeZone::utc()));
    // The demo is the one command that may create a database.
    const auto db = Database::open(location, Database::OpenMode::CreateIfMissing, clock);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    db.value()->setActor(QStringLiteral("demo"));
    // All or nothing: a kill half-way leaves the database empty, and a second demo started at
    // the same time waits and then finds it full.
    const Status filled = DatabaseContents(*db.value()).fillIfEmpty([&] {
        return DemoData(*db.value(), clock).fill();
    });
    if (!filled.ok()) {
        ConsoleOutput::error(filled.error().code == QLatin1String("not_empty")
                                 ? filled.error().message
                                 : CommandLine::tr("The demo stopped and wrote nothing: %1")
                                       .arg(filled.error().message));
        return ExitFailure;
    }
    ConsoleOutput::print(CommandLine::tr("Demo data centre written to %1.").arg(location.displayName()));
    return ExitOk;
}

} // namespace kolokasi
