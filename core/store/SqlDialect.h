#pragma once

#include "DatabaseLocation.h"

#include <QSqlError>
#include <QString>

namespace kolokasi {

/// Everything that differs between SQLite and PostgreSQL, in one place.
class SqlDialect
{
public:
    enum class Violation { None, Unique, ForeignKey, Check, NotNull, Busy, Other };

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
