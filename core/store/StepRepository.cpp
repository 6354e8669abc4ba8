#include "StepRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
Disposition dispositionFrom(const Query &q)
{
    return {q.value(0).toLongLong(), stored::dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt()};
}

CapacityCheck capacityCheckFrom(const Query &q)
{
    CapacityCheck check;
    check.requestId = q.value(0).toLongLong();
    check.checkedAt = stored::instantFrom(q.value(1));
    check.checkedBy = q.value(2).toString();
    check.available = q.value(3).toInt() == 1;
    check.note = q.value(4).toString();
    check.rowVersion = q.value(5).toInt();
    return check;
}

CapacityCheckItem capacityItemFrom(const Query &q)
{
    return {q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toInt() == 1,
            q.value(4).toString()};
}

Application applicationFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), stored::dateFrom(q.value(5)), q.value(6).toInt() == 1,
            stored::dateFrom(q.value(7)), stored::instantFrom(q.value(8)), q.value(9).toInt()};
}

Approval approvalFrom(const Query &q)
{
    Approval approval;
    approval.requestId = q.value(0).toLongLong();
    approval.approved = q.value(1).toInt() == 1;
    approval.location = q.value(2).toString();
    approval.reasons = q.value(3).toString();
    approval.decidedBy = q.value(4).toString();
    approval.decidedAt = stored::instantFrom(q.value(5));
    approval.rowVersion = q.value(6).toInt();
    return approval;
}

StepReport stepReportFrom(const Query &q)
{
    return {q.value(0).toLongLong(), SopSteps::fromStored(q.value(1).toInt()),
            stored::instantFrom(q.value(2)), q.value(3).toString()};
}

Handover handoverFrom(const Query &q)
{
    Handover handover;
    handover.requestId = q.value(0).toLongLong();
    handover.handedOverAt = stored::instantFrom(q.value(1));
    handover.giverName = q.value(2).toString();
    handover.giverNip = q.value(3).toString();
    handover.receiverName = q.value(4).toString();
    handover.receiverNip = q.value(5).toString();
    handover.receiverUnit = q.value(6).toString();
    handover.rowVersion = q.value(7).toInt();
    return handover;
}

/// Runs a SELECT of one request's record, mapped by `map`, or reports `what` as not found.
template<typename Mapper>
auto findOne(Database &db, const QString &sql, qint64 requestId, Mapper map, const QString &what)
{
    Query query(db, sql);
    query.bind(QStringLiteral(":id"), requestId);
    return query.one(map, StoreErrors::notFound(what, requestId));
}
} // namespace

Status StepRepository::audit(const QString &entity, qint64 requestId, const QString &details)
{
    return AuditLog(m_db).append(QStringLiteral("create"), entity, requestId, details);
}

Status StepRepository::saveDisposition(const Disposition &disposition)
{
    Query insert(m_db, QStringLiteral("INSERT INTO dispositions (request_id, disposed_on, to_whom, note) "
                                      "VALUES (:id, :disposed_on, :to_whom, :note)"));
    insert.bind(QStringLiteral(":id"), disposition.requestId)
            .bind(QStringLiteral(":disposed_on"), stored::date(disposition.disposedOn))
            .bind(QStringLiteral(":to_whom"), disposition.toWhom.trimmed())
            .bindOptional(QStringLiteral(":note"), disposition.note);
    if (Status done = insert.exec(QStringLiteral("request")); !done.ok())
        return done;
    return audit(QStringLiteral("disposition"), disposition.requestId, disposition.toWhom);
}

Result<Disposition> StepRepository::disposition(qint64 requestId) const
{
    return findOne(m_db, QStringLiteral("SELECT request_id, disposed_on, to_whom, note, row_version "
                                        "FROM dispositions WHERE request_id = :id"),
                   requestId, dispositionFrom, tr("disposition"));
}

Status StepRepository::saveCapacityCheck(const CapacityCheck &check)
{
    Query insert(m_db, QStringLiteral("INSERT INTO capacity_checks (request_id, checked_at, checked_by, available, "
                                      "note) VALUES (:id, :checked_at, :checked_by, :available, :note)"));
    insert.bind(QStringLiteral(":id"), check.requestId)
            .bind(QStringLiteral(":checked_at"), m_db.nowText())
            .bind(QStringLiteral(":checked_by"), check.checkedBy.isEmpty() ? m_db.actor() : check.checkedBy)
            .bind(QStringLiteral(":available"), check.available ? 1 : 0)
            .bindOptional(QStringLiteral(":note"), check.note);
    if (Status done = insert.exec(QStringLiteral("request")); !done.ok())
        return done;
    for (const CapacityCheckItem &item : check.items) {
        Query line(m_db, QStringLiteral("INSERT INTO capacity_check_items (request_id, resource, needed, free, "
                                        "available, note) VALUES (:id, :resource, :needed, :free, :available, :note)"));
        line.bind(QStringLiteral(":id"), check.requestId)
                .bind(QStringLiteral(":resource"), item.resource)
                .bind(QStringLiteral(":needed"), item.needed)
                .bind(QStringLiteral(":free"), item.free)
                .bind(QStringLiteral(":available"), item.available ? 1 : 0)
                .bindOptional(QStringLiteral(":note"), item.note);
        if (Status done = line.exec(QStringLiteral("resource")); !done.ok())
            return done;
    }
    return audit(QStringLiteral("capacity_check"), check.requestId,
                 check.available ? QStringLiteral("available") : QStringLiteral("not available"));
}

Result<CapacityCheck> StepRepository::capacityCheck(qint64 requestId) const
{
    auto check = findOne(m_db, QStringLiteral("SELECT request_id, checked_at, checked_by, available, note, "
                                              "row_version FROM capacity_checks WHERE request_id = :id"),
                         requestId, capacityCheckFrom, tr("capacity check"));
    if (!check.ok())
        return check;
    Query lines(m_db, QStringLiteral("SELECT resource, needed, free, available, note FROM capacity_check_items "
                                     "WHERE request_id = :id ORDER BY id"));
    lines.bind(QStringLiteral(":id"), requestId);
    auto items = lines.list(capacityItemFrom);
    if (!items.ok())
        return items.error();
    check.value().items = *items;
    return check;
}

Status StepRepository::saveApplication(const Application &application)
{
    Query insert(m_db, QStringLiteral(
            "INSERT INTO applications (request_id, officer_id, unit_address, contact_phone, domain, "
            "domain_active_date, permanent, valid_until, filled_at) VALUES (:id, :officer_id, :unit_address, "
            ":contact_phone, :domain, :domain_active_date, :permanent, :valid_until, :filled_at)"));
    insert.bind(QStringLiteral(":id"), application.requestId)
            .bind(QStringLiteral(":officer_id"), application.officerId)
            .bind(QStringLiteral(":unit_address"), application.unitAddress.trimmed())
            .bind(QStringLiteral(":contact_phone"), application.contactPhone.trimmed())
            .bind(QStringLiteral(":domain"), application.domain)
            .bindOptional(QStringLiteral(":domain_active_date"), stored::date(application.domainActiveDate))
            .bind(QStringLiteral(":permanent"), application.permanent ? 1 : 0)
            .bindOptional(QStringLiteral(":valid_until"),
                          application.permanent ? QString() : stored::date(application.validUntil))
            .bind(QStringLiteral(":filled_at"), m_db.nowText());
    if (Status done = insert.exec(QStringLiteral("officer")); !done.ok())
        return done;
    return audit(QStringLiteral("application"), application.requestId, application.domain);
}

Result<Application> StepRepository::application(qint64 requestId) const
{
    return findOne(m_db, QStringLiteral("SELECT request_id, officer_id, unit_address, contact_phone, domain, "
                                        "domain_active_date, permanent, valid_until, filled_at, row_version "
                                        "FROM applications WHERE request_id = :id"),
                   requestId, applicationFrom, tr("application form"));
}

Status StepRepository::saveApproval(const Approval &approval)
{
    Query insert(m_db, QStringLiteral("INSERT INTO approvals (request_id, approved, location, reasons, decided_by, "
                                      "decided_at) VALUES (:id, :approved, :location, :reasons, :decided_by, "
                                      ":decided_at)"));
    insert.bind(QStringLiteral(":id"), approval.requestId)
            .bind(QStringLiteral(":approved"), approval.approved ? 1 : 0)
            .bindOptional(QStringLiteral(":location"), approval.location)
            .bind(QStringLiteral(":reasons"), approval.reasons.trimmed())
            .bind(QStringLiteral(":decided_by"), approval.decidedBy.isEmpty() ? m_db.actor() : approval.decidedBy)
            .bind(QStringLiteral(":decided_at"), m_db.nowText());
    if (Status done = insert.exec(QStringLiteral("request")); !done.ok())
        return done;
    return audit(QStringLiteral("approval"), approval.requestId,
                 approval.approved ? QStringLiteral("approved") : QStringLiteral("rejected"));
}

Result<Approval> StepRepository::approval(qint64 requestId) const
{
    return findOne(m_db, QStringLiteral("SELECT request_id, approved, location, reasons, decided_by, decided_at, "
                                        "row_version FROM approvals WHERE request_id = :id"),
                   requestId, approvalFrom, tr("approval form"));
}

Status StepRepository::saveStepReport(const StepReport &report)
{
    Query insert(m_db, QStringLiteral("INSERT INTO step_reports (request_id, step, reported_at, note) "
                                      "VALUES (:id, :step, :reported_at, :note)"));
    insert.bind(QStringLiteral(":id"), report.requestId)
        .bind(QStringLiteral(":step"), SopSteps::number(report.step))
        .bind(QStringLiteral(":reported_at"), m_db.nowText())
        .bindOptional(QStringLiteral(":note"), report.note);
    if (Status done = insert.exec(QStringLiteral("step")); !done.ok())
        return done;
    return audit(QStringLiteral("step_report"), report.requestId,
                 QString::number(SopSteps::number(report.step)));
}

Result<StepReport> StepRepository::stepReport(qint64 requestId, SopStep step) const
{
    Query query(m_db, QStringLiteral("SELECT request_id, step, reported_at, note FROM step_reports "
                                     "WHERE request_id = :id AND step = :step"));
    query.bind(QStringLiteral(":id"), requestId)
        .bind(QStringLiteral(":step"), SopSteps::number(step));
    return query.one(stepReportFrom, StoreErrors::notFound(tr("step report"), requestId));
}

Status StepRepository::saveHandover(const Handover &handover)
{
    Query insert(m_db, QStringLiteral(
            "INSERT INTO handovers (request_id, handed_over_at, giver_name, giver_nip, receiver_name, receiver_nip, "
            "receiver_unit) VALUES (:id, :at, :giver_name, :giver_nip, :receiver_name, :receiver_nip, :receiver_unit)"));
    insert.bind(QStringLiteral(":id"), handover.requestId)
            .bind(QStringLiteral(":at"), handover.handedOverAt.isValid() ? stored::instant(handover.handedOverAt)
                                                                         : m_db.nowText())
            .bind(QStringLiteral(":giver_name"), handover.giverName.trimmed())
            .bindOptional(QStringLiteral(":giver_nip"), handover.giverNip)
            .bind(QStringLiteral(":receiver_name"), handover.receiverName.trimmed())
            .bindOptional(QStringLiteral(":receiver_nip"), handover.receiverNip)
            .bindOptional(QStringLiteral(":receiver_unit"), handover.receiverUnit);
    if (Status done = insert.exec(QStringLiteral("request")); !done.ok())
        return done;
    return audit(QStringLiteral("handover"), handover.requestId, handover.giverName);
}

Result<Handover> StepRepository::handover(qint64 requestId) const
{
    return findOne(m_db, QStringLiteral("SELECT request_id, handed_over_at, giver_name, giver_nip, receiver_name, "
                                        "receiver_nip, receiver_unit, row_version FROM handovers WHERE request_id = :id"),
                   requestId, handoverFrom, tr("handover record"));
}

} // namespace kolokasi
