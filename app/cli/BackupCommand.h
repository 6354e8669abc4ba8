#pragma once

#include "Commands.h"

#include <QCoreApplication>

namespace kolokasi {

/// `kolokasi --database F backup OUT`: writes a consistent copy of the database to OUT, also
/// while the window or another admin is working in it (SQLite: a database file; PostgreSQL: a
/// pg_dump archive).
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static CommandInfo info();
    static int run(const CommandLine &line);
    static QString usage();
};

} // namespace kolokasi
