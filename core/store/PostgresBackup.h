#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace kolokasi {

/// Backup and restore of a PostgreSQL database through the client programs pg_dump and
/// pg_restore (Debian package postgresql-client), in pg_dump's custom archive format. The
/// password goes to them in the PGPASSWORD environment variable, never on the command line.
class PostgresBackup
{
    Q_DECLARE_TR_FUNCTIONS(PostgresBackup)

public:
    /// Writes an archive of `location` to `outPath` (whole or not at all, owner-only).
    static Status backup(const DatabaseLocation &location, const QString &outPath);
    /// Checks that `inPath` is an archive of a Kolokasi database this program can open.
    static Status check(const QString &inPath);
    /// Keeps the current data aside in `asideFolder`, then replaces the database's objects with
    /// the archive's in one transaction. Returns the path of the archive kept aside.
    static Result<QString> restore(const DatabaseLocation &location, const QString &inPath,
                                   const QString &asideFolder, const QDateTime &now);

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray output;
        QString problem; // empty when the program ran and exited
    };
    static Result<QString> program(const QString &name);
    static Run run(const QString &program, const QStringList &arguments,
                   const DatabaseLocation &location = {});
    static QStringList connectionArguments(const DatabaseLocation &location);
};

} // namespace kolokasi
