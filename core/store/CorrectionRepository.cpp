#include "CorrectionRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"

namespace kolokasi {

namespace {
CorrectableField make(const char *name, const char *table, const char *column, SopStep step,
                      const char *kind, bool required, bool perRecord = false)
{
    return {QString::fromLatin1(name), QString::fromLatin1(table), QString::fromLatin1(column), step,
            QString::fromLatin1(kind), required, perRecord};
}

// Which rows of `table` belong to the request (and the record, for per-record fields).
QString ownership(const CorrectableField &field)
{
    if (field.table == QLatin1String("requests"))
        return QStringLiteral("id = :request_id");
    if (field.table == QLatin1String("servers"))
        return QStringLiteral("id = :record_id AND request_id = :request_id");
    if (field.table == QLatin1String("placements"))
        return QStringLiteral("id = :record_id AND server_id IN (SELECT id FROM servers WHERE request_id = :request_id)");
    return QStringLiteral("request_id = :request_id");
}

void bindOwner(Query &query, const CorrectableField &field, qint64 requestId, qint64 recordId)
{
    query.bind(QStringLiteral(":request_id"), requestId);
    if (field.perRecord)
        query.bind(QStringLiteral(":record_id"), recordId);
}
} // namespace

const QList<CorrectableField> &CorrectionRepository::catalogue()
{
    static const QList<CorrectableField> fields{
        make("request.letter_number", "requests", "letter_number", SopStep::RequestLetter, "text",
             false),
        make("request.letter_date", "requests", "letter_date", SopStep::RequestLetter, "date",
             false),
        make("request.subject", "requests", "subject", SopStep::RequestLetter, "text", true),
        make("server.name", "servers", "name", SopStep::RequestLetter, "text", true, true),
        make("disposition.to_whom", "dispositions", "to_whom", SopStep::Disposition, "text", true),
        make("disposition.note", "dispositions", "note", SopStep::Disposition, "text", false),
        make("capacity_check.note", "capacity_checks", "note", SopStep::CapacityCheck, "text",
             false),
        make("application.unit_address", "applications", "unit_address", SopStep::Application,
             "text", true),
        make("application.contact_phone", "applications", "contact_phone", SopStep::Application,
             "phone", true),
        make("application.domain", "applications", "domain", SopStep::Application, "domain", true),
        make("application.domain_active_date", "applications", "domain_active_date",
             SopStep::Application, "date", false),
        make("application.valid_until", "applications", "valid_until", SopStep::Application, "date",
             false),
        make("approval.location", "approvals", "location", SopStep::Approval, "text", false),
        make("approval.reasons", "approvals", "reasons", SopStep::Approval, "text", true),
        make("placement.location_note", "placements", "location_note", SopStep::Approval, "text",
             false, true),
        make("placement.domain", "placements", "domain", SopStep::Approval, "domain", false, true),
        make("placement.serial_number", "placements", "serial_number", SopStep::Approval, "text",
             false, true),
        make("placement.type_brand", "placements", "type_brand", SopStep::Approval, "text", false,
             true),
        make("placement.host_admin_user", "placements", "host_admin_user", SopStep::Approval,
             "text", false, true),
        make("handover.giver_name", "handovers", "giver_name", SopStep::Handover, "text", true),
        make("handover.giver_nip", "handovers", "giver_nip", SopStep::Handover, "nip", false),
        make("handover.receiver_name", "handovers", "receiver_name", SopStep::Handover, "text",
             true),
        make("handover.receiver_nip", "handovers", "receiver_nip", SopStep::Handover, "nip", false),
    };
    return fields;
}

Result<CorrectableField> CorrectionRepository::field(const QString &name)
{
    for (const CorrectableField &candidate : catalogue()) {
        if (candidate.name == name)
            return candidate;
    }
    return Error{QStringLiteral("unknown_field"), tr("The field %1 cannot be corrected.").arg(name),
                 QStringLiteral("field")};
}

Result<StoredValue> CorrectionRepository::read(const CorrectableField &field, qint64 requestId, qint64 recordId) const
{
    Query query(m_db, QStringLiteral("SELECT %1, row_version FROM %2 WHERE %3")
                              .arg(field.column, field.table, ownership(field)));
    bindOwner(query, field, requestId, recordId);
    return query.one([](const Query &q) { return StoredValue{q.value(0).toString(), q.value(1).toInt()}; },
                     StoreErrors::notFound(field.name, field.perRecord ? recordId : requestId));
}

Status CorrectionRepository::write(const CorrectableField &field, qint64 requestId, qint64 recordId,
                                   const QString &value, int expectedRowVersion)
{
    const QString versionCheck = expectedRowVersion > 0 ? QStringLiteral(" AND row_version = :version") : QString();
    Query update(m_db, QStringLiteral("UPDATE %1 SET %2 = :value, row_version = row_version + 1 WHERE %3%4")
                               .arg(field.table, field.column, ownership(field), versionCheck));
    update.bindOptional(QStringLiteral(":value"), value);
    bindOwner(update, field, requestId, recordId);
    if (expectedRowVersion > 0)
        update.bind(QStringLiteral(":version"), expectedRowVersion);
    if (Status done = update.exec(field.name); !done.ok())
        return done;
    if (update.rowsAffected() != 1)
        return Error{QStringLiteral("stale"), tr("Someone else changed this value meanwhile; reload it and try again."),
                     field.name};
    return AuditLog(m_db).append(QStringLiteral("correct"), field.table, field.perRecord ? recordId : requestId,
                                 field.name);
}

} // namespace kolokasi
