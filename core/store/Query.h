#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QList>
#include <QVariant>

#include <functional>

namespace kolokasi {

/// A prepared statement with bound values, reporting failure as an Error.
/// The only way the store talks SQL: `Query q(db, sql); q.bind(":x", v); q.exec()`.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    /// Sees every statement as it runs, with its bound values (name, value) in binding order.
    using Observer = std::function<void(const QString &sql, const QList<QPair<QString, QVariant>> &values)>;
    /// Test seam: the query-plan test explains each statement the lists run. Empty: none.
    static void setObserver(Observer observer);

    Query &bind(const QString &placeholder, const QVariant &value);
    /// Binds an empty string as NULL, so optional text fields are stored as absent.
    Query &bindOptional(const QString &placeholder, const QString &value);

    /// Executes; `field` names the input an error concerns (for constraint errors).
    Status exec(const QString &field = {});
    /// Executes and returns the first column of the first row (e.g. `RETURNING id`).
    Result<QVariant> scalar(const QString &field = {});

    /// Executes an `INSERT ... RETURNING id` and returns the new id.
    Result<qint64> insertedId(const QString &field = {});

    /// Executes and maps every row with `map(const Query &)`.
    template<typename Mapper>
    auto list(Mapper map) -> Result<QList<decltype(map(*this))>>
    {
        if (Status done = exec(); !done.ok())
            return done.error();
        QList<decltype(map(*this))> rows;
        while (next())
            rows.append(map(*this));
        return rows;
    }

    /// Executes and maps the first row, or returns `missing` when there is none.
    template<typename Mapper>
    auto one(Mapper map, const Error &missing) -> Result<decltype(map(*this))>
    {
        if (Status done = exec(); !done.ok())
            return done.error();
        if (!next())
            return missing;
        return map(*this);
    }

    bool next() { return m_query.next(); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QVariant value(int index) const { return m_query.value(index); }
    QSqlRecord record() const { return m_query.record(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    const Database &m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_sql;
    QList<QPair<QString, QVariant>> m_values; // kept only while an observer is set
};

} // namespace kolokasi
