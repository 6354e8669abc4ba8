#include "BackupCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "OneFileArgument.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QDir>

namespace kolokasi {

CommandInfo BackupCommand::info()
{
    return {
        QStringLiteral("backup"),
        [] { return tr("write a consistent copy of the database to a file, also while in use"); },
        &BackupCommand::run};
}

QString BackupCommand::usage()
{
    return tr("Usage: kolokasi --database LOCATION backup OUT");
}

int BackupCommand::run(const CommandLine &line)
{
    const OneFileArgument out =
        OneFileArgument::parse(line, usage(), tr("Name the file to write the backup to."));
    if (!out.path)
        return out.exitCode;
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitUsage;
    }
    // Read-only: a backup never creates, upgrades or changes the database it copies.
    const auto db = Database::open(*location, Database::OpenMode::ReadOnly);
    if (!db.ok()) {
        ConsoleOutput::error(db.error().message);
        return ExitFailure;
    }
    if (Status written = DatabaseBackup(*db.value()).backup(*out.path); !written.ok()) {
        ConsoleOutput::error(written.error().message);
        return ExitFailure;
    }
    ConsoleOutput::print(tr("Backup of %1 written to %2.")
                             .arg(location->displayName(), QDir::toNativeSeparators(*out.path)));
    return ExitOk;
}

} // namespace kolokasi
