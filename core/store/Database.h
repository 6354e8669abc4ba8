#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <type_traits>

namespace kolokasi {

/// One open Kolokasi database (SQLite or PostgreSQL) at the newest schema version.
/// Owns its QSqlDatabase connection; every read and write of the core goes through it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// Who may create a database, and who may change one.
    enum class OpenMode
    {
        /// Creates a missing SQLite file (and its folder, owner-only) or sets up an empty one:
        /// only the window's first run at the default location and `demo`.
        CreateIfMissing,
        /// The database must exist (an empty PostgreSQL database is set up, as the README
        /// promises); migrated to the newest schema. Opens read-only if the file or its folder is.
        ExistingOnly,
        /// The database must exist and hold Kolokasi's schema; never migrated, never written.
        ReadOnly,
    };

    /// Opens a Kolokasi database as `mode` allows. Anything that is not a Kolokasi database
    /// (another program's SQLite file, a text file) is refused untouched; so is a database
    /// whose schema is newer than this program, or whose append-only guards are missing.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, OpenMode mode,
                                                  const Clock &clock = Clock::system());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The schema version this program writes; older databases are migrated up to it.
    static int latestSchemaVersion();
    int schemaVersion() const { return m_schemaVersion; }

    const DatabaseLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock &clock) { m_clock = &clock; }

    /// Who is working: recorded in the audit log and the request history.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// "Now" in UTC as stored ('2026-11-25T03:30:00Z').
    QString nowText() const;

    /// True if changes are refused: opened ReadOnly, or the file or its folder is read-only.
    bool isReadOnly() const { return m_readOnly; }
    /// True if the SQLite file or its folder may not be written: read-only whatever the mode.
    bool fileIsReadOnly() const { return m_fileReadOnly; }
    /// The refusal every write gets on a read-only database.
    Error readOnlyError() const;

    /// Runs `work` inside one transaction: committed if it returns success, rolled back
    /// whole if it returns an error. A nested call runs in a savepoint: its failure undoes
    /// only its own work, even if the outer work then goes on and commits.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        if (m_readOnly)
            return readOnlyError();
        if (Status begun = begin(); !begun.ok())
            return begun.error();
        ++m_transactionDepth;
        auto result = work();
        --m_transactionDepth;
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (Status committed = commit(); !committed.ok())
            return committed.error();
        return result;
    }

    /// The names of the tables in the database (the current schema on PostgreSQL).
    Result<QStringList> tableNames() const;

    /// Runs a statement that takes no values and cannot be prepared on every engine
    /// (DDL, transaction control, session settings). Data statements use Query.
    Status executeStatement(const QString &sql);

    /// The user-facing form of a database error. `field` is the input it concerns, if known.
    Error errorFrom(const QSqlError &error, const QString &field = {}) const;

private:
    Database(const DatabaseLocation &location, const Clock &clock);
    Status connect(OpenMode mode);
    Status prepareSqliteFile(OpenMode mode);
    Status recognise(OpenMode mode);
    bool isEmptySqliteFile() const;
    Status checkGuards();
    Status enableWriteAheadLog();
    Status begin();
    Status commit();
    void rollback();
    QString savepointName() const;

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    const Clock *m_clock;
    QString m_connectionName;
    QString m_actor;
    QString m_protectedPath; // the SQLite file output may never overwrite
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    bool m_fileReadOnly = false;
    bool m_isNew = false; // no table yet: set up by the migrator

    friend class Migrator;
};

} // namespace kolokasi
