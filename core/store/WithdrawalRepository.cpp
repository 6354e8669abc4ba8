#include "WithdrawalRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
Withdrawal withdrawalFrom(const Query &q)
{
    Withdrawal w;
    w.requestId = q.value(0).toLongLong();
    w.assetId = q.value(1).toLongLong();
    w.reasons = q.value(2).toString();
    if (!q.value(3).isNull())
        w.approved = q.value(3).toInt() == 1;
    w.decidedBy = q.value(4).toString();
    w.decidedAt = stored::instantFrom(q.value(5));
    w.completedAt = stored::instantFrom(q.value(6));
    w.rowVersion = q.value(7).toInt();
    return w;
}
} // namespace

Status WithdrawalRepository::create(const Withdrawal &withdrawal)
{
    Query insert(m_db, QStringLiteral("INSERT INTO withdrawals (request_id, asset_id, reasons) "
                                      "VALUES (:id, :asset_id, :reasons)"));
    insert.bind(QStringLiteral(":id"), withdrawal.requestId)
            .bind(QStringLiteral(":asset_id"), withdrawal.assetId)
            .bind(QStringLiteral(":reasons"), withdrawal.reasons.trimmed());
    if (Status done = insert.exec(QStringLiteral("asset")); !done.ok())
        return done;
    return AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("withdrawal"), withdrawal.requestId,
                                 withdrawal.reasons);
}

Result<Withdrawal> WithdrawalRepository::find(qint64 requestId) const
{
    Query query(m_db, QStringLiteral("SELECT request_id, asset_id, reasons, approved, decided_by, decided_at, "
                                     "completed_at, row_version FROM withdrawals WHERE request_id = :id"));
    query.bind(QStringLiteral(":id"), requestId);
    return query.one(withdrawalFrom, StoreErrors::notFound(tr("withdrawal"), requestId));
}

Result<bool> WithdrawalRepository::openForAsset(qint64 assetId) const
{
    Query query(m_db, QStringLiteral("SELECT COUNT(*) FROM withdrawals w JOIN requests r ON r.id = w.request_id "
                                     "WHERE w.asset_id = :asset_id AND r.status = 'open'"));
    auto count = query.bind(QStringLiteral(":asset_id"), assetId).scalar();
    if (!count.ok())
        return count.error();
    return count->toInt() > 0;
}

Status WithdrawalRepository::decide(qint64 requestId, bool approved, const QString &decidedBy)
{
    const QString who = decidedBy.isEmpty() ? m_db.actor() : decidedBy;
    Query query(m_db, QStringLiteral("UPDATE withdrawals SET approved = :approved, decided_by = :by, decided_at = :at, "
                                     "row_version = row_version + 1 WHERE request_id = :id"));
    query.bind(QStringLiteral(":approved"), approved ? 1 : 0).bind(QStringLiteral(":by"), who);
    return update(query, requestId, QStringLiteral("decide"), who);
}

Status WithdrawalRepository::complete(qint64 requestId)
{
    Query query(m_db, QStringLiteral("UPDATE withdrawals SET completed_at = :at, row_version = row_version + 1 "
                                     "WHERE request_id = :id"));
    return update(query, requestId, QStringLiteral("complete"), {});
}

Status WithdrawalRepository::update(Query &query, qint64 requestId, const QString &action, const QString &details)
{
    query.bind(QStringLiteral(":at"), m_db.nowText()).bind(QStringLiteral(":id"), requestId);
    if (Status done = query.exec(); !done.ok())
        return done;
    return AuditLog(m_db).append(action, QStringLiteral("withdrawal"), requestId, details);
}

} // namespace kolokasi
