#include "CommandLine.h"

#include "Commands.h"

#include <QSettings>

namespace kolokasi {

namespace {
bool takesValue(const QString &option)
{
    return option == QLatin1String("--database") || option == QLatin1String("-d")
           || option == QLatin1String("--lang");
}
} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    for (int i = 1; i < arguments.size(); ++i) {
        QString word = arguments.at(i);
        QString value;
        bool hasInlineValue = false;
        if (word.startsWith(QLatin1String("--")) && word.contains(QLatin1Char('='))) {
            value = word.section(QLatin1Char('='), 1);
            word = word.section(QLatin1Char('='), 0, 0);
            hasInlineValue = true;
        }
        if (takesValue(word)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    line.error = tr("The option %1 needs a value.").arg(word);
                    return line;
                }
                value = arguments.at(++i);
            }
            (word == QLatin1String("--lang") ? line.language : line.databaseText) = value;
            if (word != QLatin1String("--lang"))
                line.databaseGiven = true;
        } else if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            line.showHelp = true;
        } else if (word == QLatin1String("--verbose")) {
            line.verbose = true;
        } else if (word == QLatin1String("--version") || word == QLatin1String("-v")) {
            line.showVersion = true;
        } else if (word.startsWith(QLatin1Char('-'))) {
            line.error = tr("Unknown option: %1").arg(word);
            return line;
        } else {
            line.command = word;
            line.commandArguments = QStringList{arguments.first() + QLatin1Char(' ') + word}
                                    + arguments.mid(i + 1);
            return line;
        }
    }
    return line;
}

bool CommandLine::wantsCommand(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine line = parse(arguments);
    return !line.command.isEmpty() || line.showHelp || line.showVersion || !line.error.isEmpty();
}

QString CommandLine::helpText()
{
    QString text =
        tr("Usage: kolokasi [--database LOCATION] [--lang id|en] [--verbose] [COMMAND [OPTIONS]]\n"
           "\n"
           "Co-location of servers and hosting of applications for a Diskominfo data centre.\n"
           "Without a command, opens the window.\n"
           "\n"
           "Options:\n"
           "  -d, --database LOCATION  an SQLite file, or postgresql://user@host:port/database\n"
           "                           (default: the database chosen in settings, else\n"
           "                           kolokasi.sqlite in the user's data folder)\n"
           "  --lang id|en             language of windows and messages (default: Indonesian)\n"
           "  --verbose                with an error, also the database's or system's own words\n"
           "  -h, --help               show this help\n"
           "  -v, --version            show the version\n"
           "\n"
           "Commands:\n");
    for (const CommandInfo &command : Commands::all())
        text += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(25), command.summary());
    return text;
}

Result<DatabaseLocation> CommandLine::databaseLocation() const
{
    if (databaseGiven)
        return DatabaseLocation::parse(databaseText);
    const QString saved = QSettings().value(DatabaseLocation::kSettingsKey).toString();
    if (!saved.isEmpty())
        return DatabaseLocation::parse(saved);
    return DatabaseLocation::defaultLocation();
}

bool CommandLine::usesDefaultDatabase() const
{
    return !databaseGiven && QSettings().value(DatabaseLocation::kSettingsKey).toString().isEmpty();
}

} // namespace kolokasi
