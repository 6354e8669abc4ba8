#pragma once

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace kolokasi {

/// The program's global options and the command that follows them:
///   kolokasi [--database LOCATION] [--lang id|en] [COMMAND [ARGS...]]
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString databaseText;   // as given with --database, empty if not given
    QString language;       // as given with --lang
    QString command;        // empty: open the window
    QStringList commandArguments; // the command's own arguments, program name first
    bool showHelp = false;
    bool showVersion = false;
    QString error;          // a usage error to print, if any

    /// Splits argv at the first word that is not a global option: what follows belongs to
    /// the command and is parsed by it.
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    /// Whether the arguments ask for a command (no window), before QApplication exists.
    static bool wantsCommand(int argc, char **argv);

    /// The database to use: --database, else the one chosen in settings, else the default.
    Result<DatabaseLocation> databaseLocation() const;
};

} // namespace kolokasi
