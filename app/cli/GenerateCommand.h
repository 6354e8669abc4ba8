#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi --database F generate --assets N --requests M`: fills a new, empty database with
/// a generated data centre of N assets and M requests (see BulkGenerator), for benchmarks and
/// for trying the program at scale. Refuses a database that already holds data.
class GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
};

} // namespace kolokasi
