#include "CommandStart.h"

#include "CommandLine.h"
#include "Commands.h"
#include "ConsoleOutput.h"

#include <QCommandLineParser>

namespace kolokasi {

CommandStart CommandStart::parse(const CommandLine &line, const QString &usage)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText());
        return {std::nullopt, ExitUsage};
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage);
        return {std::nullopt, ExitOk};
    }
    const auto location = line.databaseLocation();
    if (!location.ok()) {
        ConsoleOutput::error(location.error().message);
        return {std::nullopt, ExitUsage};
    }
    return {*location, ExitOk};
}

} // namespace kolokasi
