#pragma once

#include "common/Result.h"

#include <QStringList>
#include <QVariant>

namespace kolokasi {

class Database;
class Query;

/// One optimistic-locking write of a data-centre record and its audit entry: the prepared
/// `UPDATE ... WHERE id = :id AND row_version = :expected` must hit exactly one row, else
/// another admin changed the record first and the write is refused as stale. The audit
/// entry lists the fields that changed ("rack R01: height_u 42 -> 40").
class RecordChanges
{
public:
    /// `name` says which record the audit entry is about.
    explicit RecordChanges(const QString &name) : m_name(name) {}

    /// Notes `field` for the audit entry if its value changes.
    void add(const QString &field, const QVariant &before, const QVariant &after);
    /// Runs `update` and logs the action "update" of `entity` `id`; `what` names the record
    /// in the stale message ("rack").
    Status apply(Database &db, Query &update, const QString &entity, qint64 id,
                 const QString &what) const;
    /// Runs `retire` (setting retired_at) and logs the action "retire".
    static Status retire(Database &db, Query &retire, const QString &entity, qint64 id,
                         const QString &name, const QString &what);

private:
    static Status write(Database &db, Query &statement, const QString &action,
                        const QString &entity, qint64 id, const QString &details,
                        const QString &what);

    QString m_name;
    QStringList m_changes;
};

} // namespace kolokasi
