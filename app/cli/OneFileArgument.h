#pragma once

#include <QString>

#include <optional>

namespace kolokasi {

struct CommandLine;

/// The argument parsing of a command that takes exactly one file and no option (backup,
/// restore): prints the usage for --help and for a wrong call. Empty: stop with `exitCode`.
struct OneFileArgument
{
    std::optional<QString> path;
    int exitCode = 0;

    static OneFileArgument parse(const CommandLine &line, const QString &usage,
                                 const QString &missing);
};

} // namespace kolokasi
