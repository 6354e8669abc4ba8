#include "DemoCommand.h"

#include "CommandLine.h"
#include "CommandStart.h"
#include "ConsoleOutput.h"
#include "DemoData.h"
#include "store/Database.h"
#include "store/DatabaseContents.h"

#include <QCoreApplication>
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
    // A new SQLite file is filled under a name of its own next to it and renamed into place
    // only when full, and only if no file has appeared there meanwhile: a failed demo leaves
    // nothing behind (an empty file would be refused by every later command), and a demo that
    // loses a race with another never removes the file the other one filled.
    const bool madeHere = location.engine == DatabaseLocation::Engine::SQLite &&
                          !QFileInfo::exists(location.filePath);
    DatabaseLocation target = location;
    if (madeHere)
        target.filePath =
            location.filePath + QStringLiteral(".demo-%1").arg(QCoreApplication::applicationPid());
    const auto removeOwnFile = [&] {
        if (!madeHere)
            return;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(target.filePath + suffix);
    };
    Status filled;
    {
        // The demo is the one command that may create a database.
        auto db = Database::open(target, Database::OpenMode::CreateIfMissing, clock);
        if (!db.ok()) {
            ConsoleOutput::error(db.error().message);
            db = Error{}; // closes the file before it is removed
            removeOwnFile();
            return ExitFailure;
        }
        filled = DemoData::fillEmpty(*db.value(), clock);
    } // closed: SQLite folds its write-ahead log into the file
    if (!filled.ok()) {
        removeOwnFile();
        ConsoleOutput::error(filled.error().code == QLatin1String("not_empty")
                                 ? filled.error().message
                                 : CommandLine::tr("The demo stopped and wrote nothing: %1")
                                       .arg(filled.error().message));
        return ExitFailure;
    }
    // QFile::rename never replaces a file: another demo's finished database stays as it is.
    if (madeHere && !QFile::rename(target.filePath, location.filePath)) {
        removeOwnFile();
        ConsoleOutput::error(
            QFileInfo::exists(location.filePath)
                ? DatabaseContents::notEmpty(location.displayName()).message
                : CommandLine::tr("The demo stopped and wrote nothing: %1")
                      .arg(
                          CommandLine::tr("%1 could not be created.").arg(location.displayName())));
        return ExitFailure;
    }
    ConsoleOutput::print(
        CommandLine::tr("Demo data centre written to %1.").arg(location.displayName()));
    return ExitOk;
}

} // namespace kolokasi
