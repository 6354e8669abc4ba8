#pragma once

#include "DatabaseLocation.h"

#include <QSqlError>
#include <QString>

namespace kolokasi {

/// Everything that differs between SQLite and PostgreSQL, in one place.
class SqlDialect
{
public:
    enum class Violation
    {
        None,
        Unique,
        ForeignKey,
        Check,
        NotNull,
        Busy,
        ReadOnly,
        NotADatabase,
        AppendOnly,
        UnitsTaken,
        DiskFull,
        Other
    };

    explicit SqlDialect(DatabaseLocation::Engine engine) : m_engine(engine) {}

    DatabaseLocation::Engine engine() const { return m_engine; }
    bool isSQLite() const { return m_engine == DatabaseLocation::Engine::SQLite; }
    QString driverName() const;
    /// A short name used to pick dialect-only migration files ("sqlite", "postgresql").
    QString name() const;

    /// Fills the placeholders of a portable migration ({{PK}}).
    QString translate(QString sql) const;
    /// Statements run once on every new connection (pragmas, session settings).
    QStringList connectionSetup() const;
    /// Run on a new connection of a database opened read-only (empty if the open itself
    /// already makes it so, as SQLite's read-only flag does).
    QString readOnlySetup() const;
    /// Lists the tables (SQLite: the file's; PostgreSQL: the current schema's).
    QString tableNamesQuery() const;
    /// Lists the triggers with what defines them: name, definition (SQLite: the CREATE
    /// statement as written; PostgreSQL: pg_get_triggerdef) and whether it fires (PostgreSQL:
    /// tgenabled, 'O' when it fires in a normal session; SQLite: always 'O').
    QString triggerDefinitionsQuery() const;
    /// The triggers that keep audit_log and request_events append-only at `schemaVersion`.
    QStringList appendOnlyGuards(int schemaVersion) const;
    /// PostgreSQL: the definition pg_get_triggerdef gives each guard (the schema left out).
    /// Empty on SQLite, whose expected definitions are the statements of the migrations.
    QString expectedTriggerDefinition(const QString &guard) const;
    /// PostgreSQL: the function every guard runs (empty on SQLite).
    QString guardFunction() const
    {
        return isSQLite() ? QString() : QStringLiteral("kolokasi_refuse_change");
    }
    /// A statement that makes concurrent fillers of a new database wait for each other until
    /// the transaction ends (empty on SQLite, whose BEGIN IMMEDIATE already does).
    QString fillLock() const;

    /// Starts a write transaction. SQLite takes the write lock at once, so two writers
    /// queue on the busy timeout instead of failing when one upgrades a read lock.
    QString beginTransaction() const;
    /// A statement that serialises migrations between concurrent openers (empty if the
    /// transaction itself already does).
    QString migrationLock() const;

    /// A statement that makes concurrent changes of rack occupancy wait for each other until
    /// the transaction ends (empty on SQLite, whose BEGIN IMMEDIATE already does).
    QString placementLock() const;
    /// Appended to a SELECT that must lock the rows it reads until the transaction ends.
    /// SQLite needs none: BEGIN IMMEDIATE already holds the only write lock.
    QString lockRowsSuffix() const { return isSQLite() ? QString() : QStringLiteral(" FOR UPDATE"); }

    /// A scalar sub-query: the `column` values of `fromWhere` ordered by `orderBy`, joined by
    /// commas into one text (NULL when there is none). Lists read a line's addresses this way
    /// instead of one query per line.
    QString joinedList(const QString &column, const QString &fromWhere, const QString &orderBy) const;
    /// Whether text search uses SQLite's FTS5 table (else PostgreSQL's trigram-indexed ILIKE).
    bool hasFullTextSearch() const { return isSQLite(); }

    Violation classify(const QSqlError &error) const;
    /// The column a constraint error names, where the engine says it (best effort).
    QString violatedColumn(const QSqlError &error) const;

private:
    DatabaseLocation::Engine m_engine;
};

} // namespace kolokasi
