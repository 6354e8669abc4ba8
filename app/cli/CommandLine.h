#pragma once

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QStringList>

namespace kolokasi {

/// The program's global options and the command that follows them:
///   kolokasi [--database LOCATION] [--lang id|en] [--verbose] [COMMAND [ARGS...]]
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString databaseText; // as given with --database
    bool databaseGiven =
        false;              // --database was given (even empty: that is an error, not the default)
    QString language;       // as given with --lang
    QString command;        // empty: open the window
    QStringList commandArguments; // the command's own arguments, program name first
    bool showHelp = false;
    bool showVersion = false;
    bool verbose = false;   // --verbose: also the driver's and the file system's own words
    QString error;          // a usage error to print, if any

    /// Splits argv at the first word that is not a global option: what follows belongs to
    /// the command and is parsed by it.
    static CommandLine parse(const QStringList &arguments);
    static QString helpText();
    /// Whether the arguments ask for a command (no window), before QApplication exists.
    static bool wantsCommand(int argc, char **argv);

    /// The database to use: --database, else the one chosen in settings, else the default.
    Result<DatabaseLocation> databaseLocation() const;
    /// True when neither --database nor a saved choice names the database: the default one,
    /// which the window may create on its first run.
    bool usesDefaultDatabase() const;
};

} // namespace kolokasi
