#include "RecordChanges.h"

#include "AuditLog.h"
#include "Query.h"
#include "StoreErrors.h"

namespace kolokasi {

namespace {
// Why a write touched no row: the record is gone, or another admin changed it meanwhile.
Error whyUnchanged(Database &db, const QString &table, const QString &what, qint64 id)
{
    Query exists(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    exists.bind(QStringLiteral(":id"), id);
    auto found = exists.scalar();
    if (!found.ok())
        return found.error();
    if (!found->isValid())
        return StoreErrors::notFound(what, id);
    return StoreErrors::stale(what);
}
} // namespace

void RecordChanges::add(const QString &field, const QVariant &before, const QVariant &after)
{
    if (before.toString() != after.toString())
        m_changes << QStringLiteral("%1 %2 -> %3").arg(field, before.toString(), after.toString());
}

Status RecordChanges::apply(Database &db, Query &update, const QString &entity, qint64 id,
                            const QString &what) const
{
    const QString details =
        m_changes.isEmpty()
            ? m_name
            : QStringLiteral("%1: %2").arg(m_name, m_changes.join(QStringLiteral(", ")));
    return write(db, update, QStringLiteral("update"), entity, id, details, what, m_options);
}

Status RecordChanges::retire(Database &db, Query &retire, const QString &entity, qint64 id,
                             const QString &name, const QString &what, const Options &options)
{
    return write(db, retire, QStringLiteral("retire"), entity, id, name, what, options);
}

Status RecordChanges::write(Database &db, Query &statement, const QString &action,
                            const QString &entity, qint64 id, const QString &details,
                            const QString &what, const Options &options)
{
    if (Status done = statement.exec(options.field); !done.ok())
        return done;
    // Read and write are one transaction, but another connection may commit in between
    // (PostgreSQL reads committed data): the row_version condition is the last word.
    if (statement.rowsAffected() != 1)
        return options.table.isEmpty() ? StoreErrors::stale(what)
                                       : whyUnchanged(db, options.table, what, id);
    return AuditLog(db).append(action, entity, id, details);
}

} // namespace kolokasi
