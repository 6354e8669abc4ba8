#pragma once

#include "Commands.h"

namespace kolokasi {

/// `kolokasi [--database F] info`: which database, which engine, which schema version.
class InfoCommand
{
public:
    static CommandInfo info();
    static int run(const CommandLine &line);
};

} // namespace kolokasi
