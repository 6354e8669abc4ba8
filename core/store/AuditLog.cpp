#include "AuditLog.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

Status AuditLog::append(const QString &action, const QString &entity, qint64 entityId,
                        const QString &details)
{
    return Query(m_db, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) "
                                      "VALUES (:at, :actor, :action, :entity, :entity_id, :details)"))
            .bind(QStringLiteral(":at"), m_db.nowText())
            .bind(QStringLiteral(":actor"), m_db.actor())
            .bind(QStringLiteral(":action"), action)
            .bind(QStringLiteral(":entity"), entity)
            .bind(QStringLiteral(":entity_id"), QString::number(entityId))
            .bindOptional(QStringLiteral(":details"), details)
            .exec();
}

Result<qint64> AuditLog::insertAndLog(Query &insert, const QString &entity, const QString &details,
                                      const QString &field)
{
    auto id = insert.insertedId(field);
    if (!id.ok())
        return id;
    if (Status logged = append(QStringLiteral("create"), entity, *id, details); !logged.ok())
        return logged.error();
    return id;
}

Result<QList<AuditLog::Entry>> AuditLog::latest(int limit) const
{
    Query query(m_db, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, details "
                                     "FROM audit_log ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done.ok())
        return done.error();
    QList<Entry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(),
                        QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString()});
    }
    return entries;
}

} // namespace kolokasi
