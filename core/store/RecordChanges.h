#pragma once

#include "common/Result.h"

#include <QStringList>
#include <QVariant>

#include <utility>

namespace kolokasi {

class Database;
class Query;

/// How a versioned write that hit no row is explained and which field a constraint names.
struct RecordChangeOptions
{
    /// The table of the record: if set, a record that is gone is refused as not_found instead
    /// of stale.
    QString table;
    /// The input a constraint violation of the statement concerns.
    QString field = QStringLiteral("name");
};

/// The one way a versioned record (data centre, facility, unit, officer) is changed: the
/// prepared `UPDATE ... WHERE id = :id AND row_version = :expected` must hit exactly one row,
/// else another admin changed the record first and the write is refused as stale; then its
/// audit entry is appended. The entry lists the fields that changed ("rack R01: height_u 42 ->
/// 40"), or only the record's name when no field was noted.
class RecordChanges
{
public:
    using Options = RecordChangeOptions;

    /// `name` says which record the audit entry is about.
    explicit RecordChanges(const QString &name, Options options = {})
        : m_name(name), m_options(std::move(options))
    {
    }

    /// Notes `field` for the audit entry if its value changes.
    void add(const QString &field, const QVariant &before, const QVariant &after);
    /// Runs `update` and logs the action "update" of `entity` `id`; `what` names the record
    /// in the stale message ("rack").
    Status apply(Database &db, Query &update, const QString &entity, qint64 id,
                 const QString &what) const;
    /// Runs `retire` (setting retired_at) and logs the action "retire" with `name` as details.
    static Status retire(Database &db, Query &retire, const QString &entity, qint64 id,
                         const QString &name, const QString &what, const Options &options = {});

private:
    static Status write(Database &db, Query &statement, const QString &action,
                        const QString &entity, qint64 id, const QString &details,
                        const QString &what, const Options &options);

    QString m_name;
    Options m_options;
    QStringList m_changes;
};

} // namespace kolokasi
