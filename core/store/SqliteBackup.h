#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace kolokasi {

/// Backup and restore of an SQLite database file, while the program may be using it.
/// A backup is one consistent snapshot (`VACUUM INTO`, one read transaction), written under a
/// temporary name in the target's folder and renamed into place, owner-only. A restore checks
/// a staged private copy of the file first (an SQLite file, `integrity_check` ok, a Kolokasi
/// schema this program can open, its append-only guards present), keeps the database it
/// replaces aside, and then copies the checked pages into the open connection through SQLite's
/// online backup API: every connection to the file sees the restored data at once.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    /// Writes a snapshot of what `connection` reads to `outPath` (never over a database).
    static Status backup(const QSqlDatabase &connection, const QString &outPath);

    /// Checks `inPath` as restore() does, without changing anything.
    static Status check(const QString &inPath);

    /// Replaces the contents of the database file `targetPath`, open as `connection`, with the
    /// checked contents of `inPath`. The replaced contents are kept as
    /// `<name>.before-restore-YYYYMMDD-HHMMSS.sqlite` beside it (0600) and that path is
    /// returned. On any refusal the target is left exactly as it was.
    static Result<QString> restore(const QSqlDatabase &connection, const QString &targetPath,
                                   const QString &inPath, const QDateTime &now);

    /// Where restore() keeps the database it replaces at `now` (a free name).
    static QString asidePath(const QString &targetPath, const QDateTime &now);

private:
    /// A private copy of `inPath` in `stagingFolder`, removed by the caller.
    static Result<QString> stage(const QString &inPath, const QString &stagingFolder);
    static Status checkStaged(const QString &stagedPath, const QString &inPath);
    static Status copyInto(const QSqlDatabase &connection, const QString &stagedPath,
                           const QString &targetPath);
};

} // namespace kolokasi
