#pragma once

#include "Commands.h"

namespace kolokasi {

/// `kolokasi --database F demo`: fills a new, empty database with a realistic data centre
/// (see DemoData). Refuses a database that already holds data.
class DemoCommand
{
public:
    static CommandInfo info();
    static int run(const CommandLine &line);
};

} // namespace kolokasi
