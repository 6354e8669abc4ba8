#include "Commands.h"

#include "BackupCommand.h"
#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "DemoCommand.h"
#include "ExportRegisterCommand.h"
#include "GenerateCommand.h"
#include "ImportRegisterCommand.h"
#include "InfoCommand.h"
#include "PrintCommand.h"
#include "RestoreCommand.h"
#include "ScreenshotsCommand.h"

namespace kolokasi {

const QList<CommandInfo> &Commands::all()
{
    static const QList<CommandInfo> commands{
            InfoCommand::info(),
            DemoCommand::info(),
            GenerateCommand::info(),
            PrintCommand::info(),
            ImportRegisterCommand::info(),
            ExportRegisterCommand::info(),
            ScreenshotsCommand::info(),
            BackupCommand::info(),
            RestoreCommand::info(),
    };
    return commands;
}

int Commands::run(const CommandLine &line)
{
    for (const CommandInfo &command : all()) {
        if (command.name == line.command)
            return command.run(line);
    }
    ConsoleOutput::error(CommandLine::tr("Unknown command: %1. See kolokasi --help.").arg(line.command));
    return ExitUsage;
}

} // namespace kolokasi
