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
    const auto db = Database::open(location, clock);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    const auto holdsData = DatabaseContents(*db.value()).holdsData();
    if (!holdsData.ok() || *holdsData) {
        ConsoleOutput::error(holdsData.ok() ? CommandLine::tr("The database %1 already holds data; the demo only "
                                                              "fills a new, empty database.")
                                                      .arg(location.displayName())
                                            : holdsData.error().message);
        return ExitFailure;
    }
    db.value()->setActor(QStringLiteral("demo"));
    if (Status filled = DemoData(*db.value(), clock).fill(); !filled.ok()) {
        ConsoleOutput::error(CommandLine::tr("The demo stopped: %1 (%2)").arg(filled.error().message,
                                                                              filled.error().field));
        return ExitFailure;
    }
    ConsoleOutput::print(CommandLine::tr("Demo data centre written to %1.").arg(location.displayName()));
    return ExitOk;
}

} // namespace kolokasi
