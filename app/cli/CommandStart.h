#pragma once

#include "store/DatabaseLocation.h"

#include <optional>

namespace kolokasi {

struct CommandLine;

/// The shared start of a command that has no options of its own: `--help` prints the usage,
/// a wrong argument or database location is reported, else the database location is given.
struct CommandStart
{
    std::optional<DatabaseLocation> location; // empty: stop with exitCode
    int exitCode = 0;

    /// Parses the command's arguments and resolves the database; prints help and errors.
    static CommandStart parse(const CommandLine &line, const QString &usage);
};

} // namespace kolokasi
