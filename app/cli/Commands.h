#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace kolokasi {

struct CommandLine;

/// Exit status of a command: 0 done, 1 refused or failed, 2 wrong usage.
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// One batch command (`kolokasi demo`, `kolokasi print`, ...): one file per command in cli/.
struct CommandInfo
{
    QString name;
    std::function<QString()> summary; // translated at call time
    std::function<int(const CommandLine &)> run;
};

class Commands
{
public:
    static const QList<CommandInfo> &all();
    /// Runs the named command; prints an error and returns ExitUsage if there is none.
    static int run(const CommandLine &line);
};

} // namespace kolokasi
