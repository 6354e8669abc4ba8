#include "RestoreCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "OneFileArgument.h"
#include "store/DatabaseBackup.h"

#include <QDateTime>
#include <QDir>

namespace kolokasi {

CommandInfo RestoreCommand::info()
{
    return {
        QStringLiteral("restore"),
        [] {
            return tr(
                "check a backup and put it in place of the database, keeping the old one aside");
        },
        &RestoreCommand::run};
}

QString RestoreCommand::usage()
{
    return tr("Usage: kolokasi --database LOCATION restore IN");
}

int RestoreCommand::run(const CommandLine &line)
{
    const OneFileArgument in =
        OneFileArgument::parse(line, usage(), tr("Name the backup file to restore."));
    if (!in.path)
        return in.exitCode;
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return ExitUsage;
    }
    const auto aside =
        DatabaseBackup::restoreInto(*location, *in.path, QDateTime::currentDateTime());
    if (!aside.ok()) {
        ConsoleOutput::error(aside.error().message);
        return ExitFailure;
    }
    ConsoleOutput::print(tr("Restored %1 into %2.")
                             .arg(QDir::toNativeSeparators(*in.path), location->displayName()));
    if (!aside->isEmpty())
        ConsoleOutput::print(
            tr("The replaced database was kept as %1.").arg(QDir::toNativeSeparators(*aside)));
    return ExitOk;
}

} // namespace kolokasi
