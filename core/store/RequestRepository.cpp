#include "RequestRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "RequestEventRepository.h"
#include "StoreErrors.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QString kColumns = QStringLiteral(
        "id, kind, service_type, unit_id, letter_number, letter_date, subject, received_at, step, status, "
        "needed_rack_units, needed_power_w, needed_bandwidth_mbps, needed_public_ips, closed_at, "
        "close_reason, created_by, row_version");

Request requestFrom(const Query &q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    fromStorage(q.value(1).toString(), &r.kind);
    fromStorage(q.value(2).toString(), &r.serviceType);
    r.unitId = q.value(3).toLongLong();
    r.letterNumber = q.value(4).toString();
    r.letterDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.subject = q.value(6).toString();
    r.receivedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.step = SopSteps::fromStored(q.value(8).toInt());
    fromStorage(q.value(9).toString(), &r.status);
    r.needs = {q.value(10).toInt(), q.value(11).toInt(), q.value(12).toInt(), q.value(13).toInt()};
    r.closedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    r.closeReason = q.value(15).toString();
    r.createdBy = q.value(16).toString();
    r.rowVersion = q.value(17).toInt();
    return r;
}

QString storedInstant(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}
} // namespace

Result<Request> RequestRepository::create(const Request &request)
{
    if (Status filled = Required::reference(request.unitId, QStringLiteral("unit"), tr("unit")); !filled.ok())
        return filled.error();
    if (Status filled = Required::text(request.subject, QStringLiteral("subject"), tr("Subject")); !filled.ok())
        return filled.error();
    const QString receivedAt = request.receivedAt.isValid() ? storedInstant(request.receivedAt) : m_db.nowText();
    return m_db.transaction([&]() -> Result<Request> {
        Query insert(m_db, QStringLiteral(
                "INSERT INTO requests (kind, service_type, unit_id, letter_number, letter_date, subject, "
                "received_at, needed_rack_units, needed_power_w, needed_bandwidth_mbps, needed_public_ips, "
                "created_by) VALUES (:kind, :service_type, :unit_id, :letter_number, :letter_date, :subject, "
                ":received_at, :rack_units, :power_w, :bandwidth, :public_ips, :created_by) RETURNING id"));
        insert.bind(QStringLiteral(":kind"), toStorage(request.kind))
                .bind(QStringLiteral(":service_type"), toStorage(request.serviceType))
                .bind(QStringLiteral(":unit_id"), request.unitId)
                .bindOptional(QStringLiteral(":letter_number"), request.letterNumber)
                .bindOptional(QStringLiteral(":letter_date"), request.letterDate.toString(Qt::ISODate))
                .bind(QStringLiteral(":subject"), request.subject.trimmed())
                .bind(QStringLiteral(":received_at"), receivedAt)
                .bind(QStringLiteral(":rack_units"), request.needs.rackUnits)
                .bind(QStringLiteral(":power_w"), request.needs.powerW)
                .bind(QStringLiteral(":bandwidth"), request.needs.bandwidthMbps)
                .bind(QStringLiteral(":public_ips"), request.needs.publicIps)
                .bind(QStringLiteral(":created_by"), m_db.actor());
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("request"), request.subject);
        if (!id.ok())
            return id.error();
        RequestEvent registered;
        registered.requestId = *id;
        registered.step = SopStep::RequestLetter;
        registered.action = SopSteps::action(SopStep::RequestLetter);
        registered.details = request.letterNumber;
        if (Status logged = RequestEventRepository(m_db).append(registered); !logged.ok())
            return logged.error();
        return find(*id);
    });
}

Result<Request> RequestRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM requests WHERE id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(requestFrom, StoreErrors::notFound(tr("request"), id));
}

Result<QList<Request>> RequestRepository::all() const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM requests ORDER BY id DESC").arg(kColumns)).list(requestFrom);
}

Status RequestRepository::moveTo(qint64 id, SopStep fromStep, SopStep toStep, RequestStatus status,
                                 const QString &closeReason)
{
    const bool closing = status != RequestStatus::Open;
    Query update(m_db, QStringLiteral("UPDATE requests SET step = :to_step, status = :status, "
                                      "closed_at = :closed_at, close_reason = :reason, "
                                      "row_version = row_version + 1 WHERE id = :id AND step = "
                                      ":from_step AND status = 'open'"));
    update.bind(QStringLiteral(":to_step"), SopSteps::number(toStep))
        .bind(QStringLiteral(":status"), toStorage(status))
        .bindOptional(QStringLiteral(":closed_at"), closing ? m_db.nowText() : QString())
        .bindOptional(QStringLiteral(":reason"), closeReason)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":from_step"), SopSteps::number(fromStep));
    if (Status done = update.exec(); !done.ok())
        return done;
    if (update.rowsAffected() != 1)
        return Error{QStringLiteral("stale"), tr("The request was changed meanwhile; reload it and try again."),
                     QStringLiteral("step")};
    return AuditLog(m_db).append(QStringLiteral("transition"), QStringLiteral("request"), id,
                                 QStringLiteral("%1 -> %2 (%3)")
                                     .arg(SopSteps::number(fromStep))
                                     .arg(SopSteps::number(toStep))
                                     .arg(toStorage(status)));
}

} // namespace kolokasi
