#include "OneFileArgument.h"

#include "CommandLine.h"
#include "Commands.h"
#include "ConsoleOutput.h"

#include <QCommandLineParser>

namespace kolokasi {

OneFileArgument OneFileArgument::parse(const CommandLine &line, const QString &usage,
                                       const QString &missing)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), missing);
    if (!parser.parse(line.commandArguments)) {
        ConsoleOutput::error(parser.errorText() + QLatin1Char('\n') + usage);
        return {std::nullopt, ExitUsage};
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ConsoleOutput::print(usage);
        return {std::nullopt, ExitOk};
    }
    if (parser.positionalArguments().size() != 1) {
        ConsoleOutput::error(missing + QLatin1Char('\n') + usage);
        return {std::nullopt, ExitUsage};
    }
    return {parser.positionalArguments().first(), ExitOk};
}

} // namespace kolokasi
