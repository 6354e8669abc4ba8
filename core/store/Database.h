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
    /// Opens (creating an SQLite file and its folder if needed) and migrates to the newest
    /// schema. Refuses a database whose schema is newer than this program.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location,
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

    /// Runs `work` inside one transaction: committed if it returns success, rolled back
    /// whole if it returns an error. Nested calls join the outer transaction.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work())
    {
        if (m_transactionDepth > 0)
            return runNested(work);
        if (Status begun = begin(); !begun.ok())
            return begun.error();
        auto result = runNested(work);
        if (!result.ok()) {
            rollback();
            return result;
        }
        if (Status committed = commit(); !committed.ok())
            return committed.error();
        return result;
    }

    /// Runs a statement that takes no values and cannot be prepared on every engine
    /// (DDL, transaction control, session settings). Data statements use Query.
    Status executeStatement(const QString &sql);

    /// The user-facing form of a database error. `field` is the input it concerns, if known.
    Error errorFrom(const QSqlError &error, const QString &field = {}) const;

private:
    Database(const DatabaseLocation &location, const Clock &clock);
    Status connect();
    Status enableWriteAheadLog();
    Status begin();
    Status commit();
    void rollback();

    template<typename Work>
    auto runNested(Work &work) -> decltype(work())
    {
        ++m_transactionDepth;
        auto result = work();
        --m_transactionDepth;
        return result;
    }

    DatabaseLocation m_location;
    SqlDialect m_dialect;
    const Clock *m_clock;
    QString m_connectionName;
    QString m_actor;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;

    friend class Migrator;
};

} // namespace kolokasi
