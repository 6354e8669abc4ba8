#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kolokasi {

class Database;
class Query;

/// The append-only record of every write: who, when, what. The schema refuses changes to it.
class AuditLog
{
public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString action;
        QString entity;
        QString entityId;
        QString details;
    };

    explicit AuditLog(Database &db) : m_db(db) {}

    /// Appends one entry as the database's current actor, at the database clock's "now".
    Status append(const QString &action, const QString &entity, qint64 entityId,
                  const QString &details = {});
    /// Executes an `INSERT ... RETURNING id` of a new `entity` and logs its creation.
    Result<qint64> insertAndLog(Query &insert, const QString &entity, const QString &details,
                                const QString &field = {});
    /// The newest entries first.
    Result<QList<Entry>> latest(int limit) const;

private:
    Database &m_db;
};

} // namespace kolokasi
