#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kolokasi {

class Database;

/// Backup and restore of the open database, whatever its engine: SQLite through SqliteBackup
/// (a database file), PostgreSQL through PostgresBackup (a pg_dump archive).
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    explicit DatabaseBackup(Database &db) : m_db(db) {}

    /// Writes a consistent copy of the database to `outPath`, also while others write.
    Status backup(const QString &outPath);
    /// Checks `inPath`, keeps the current data aside (beside the SQLite file, or in the data
    /// folder for PostgreSQL) and replaces the data with the backup's; an older schema is then
    /// upgraded. Returns where the replaced data was kept. Refused: nothing changed.
    Result<QString> restore(const QString &inPath);

    /// The `restore` command's form: restores into `target` even when Kolokasi would refuse
    /// to work on it (its audit-log guards removed, say), as long as it is a Kolokasi database
    /// or does not exist yet (then it is created from the backup and the result is empty).
    static Result<QString> restoreInto(const DatabaseLocation &target, const QString &inPath,
                                       const QDateTime &now);

    /// The file name suggested for a backup made at `now` (kolokasi-YYYYMMDD-HHMMSS.sqlite, or
    /// .dump for PostgreSQL).
    static QString suggestedFileName(DatabaseLocation::Engine engine, const QDateTime &now);
    /// Where PostgreSQL restores keep the data they replace: the user's data folder.
    static QString postgresAsideFolder();

private:
    static Result<QString> restoreSqliteFile(const QString &targetPath, const QString &inPath,
                                             const QDateTime &now);

    Database &m_db;
};

} // namespace kolokasi
