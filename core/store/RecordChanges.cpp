#include "RecordChanges.h"

#include "AuditLog.h"
#include "Query.h"
#include "StoreErrors.h"

namespace kolokasi {

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
    return write(db, update, QStringLiteral("update"), entity, id, details, what);
}

Status RecordChanges::retire(Database &db, Query &retire, const QString &entity, qint64 id,
                             const QString &name, const QString &what)
{
    return write(db, retire, QStringLiteral("retire"), entity, id, name, what);
}

Status RecordChanges::write(Database &db, Query &statement, const QString &action,
                            const QString &entity, qint64 id, const QString &details,
                            const QString &what)
{
    if (Status done = statement.exec(QStringLiteral("name")); !done.ok())
        return done;
    // Read and write are one transaction, but another connection may commit in between
    // (PostgreSQL reads committed data): the row_version condition is the last word.
    if (statement.rowsAffected() != 1)
        return StoreErrors::stale(what);
    return AuditLog(db).append(action, entity, id, details);
}

} // namespace kolokasi
