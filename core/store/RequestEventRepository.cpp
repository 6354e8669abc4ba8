#include "RequestEventRepository.h"

#include "Database.h"
#include "Query.h"
#include "RequestRepository.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
RequestEvent eventFrom(const Query &q)
{
    return {
        q.value(0).toLongLong(), q.value(1).toLongLong(), SopSteps::fromStored(q.value(2).toInt()),
        q.value(3).toString(),   q.value(4).toString(),   stored::instantFrom(q.value(5)),
        q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
        q.value(9).toString(),   q.value(10).toString()};
}
} // namespace

Status RequestEventRepository::append(const RequestEvent &event)
{
    Query insert(m_db, QStringLiteral(
            "INSERT INTO request_events (request_id, step, action, actor, at, field, old_value, new_value, "
            "reason, details) VALUES (:request_id, :step, :action, :actor, :at, :field, :old_value, "
            ":new_value, :reason, :details)"));
    insert.bind(QStringLiteral(":request_id"), event.requestId)
        .bind(QStringLiteral(":step"), SopSteps::number(event.step))
        .bind(QStringLiteral(":action"), event.action)
        .bind(QStringLiteral(":actor"), event.actor.isEmpty() ? m_db.actor() : event.actor)
        .bind(QStringLiteral(":at"),
              event.at.isValid() ? stored::instant(event.at) : m_db.nowText())
        .bindOptional(QStringLiteral(":field"), event.field)
        .bindOptional(QStringLiteral(":old_value"), event.oldValue)
        .bindOptional(QStringLiteral(":new_value"), event.newValue)
        .bindOptional(QStringLiteral(":reason"), event.reason)
        .bindOptional(QStringLiteral(":details"), event.details);
    return insert.exec();
}

Status RequestEventRepository::appendDocument(qint64 requestId, const QString &docType,
                                              const QString &number)
{
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return request.error();
    RequestEvent event;
    event.requestId = requestId;
    event.step = request->step;
    event.action = QStringLiteral("document");
    event.field = docType;
    event.newValue = number;
    return append(event);
}

Result<QList<RequestEvent>> RequestEventRepository::of(qint64 requestId) const
{
    Query query(m_db, QStringLiteral(
            "SELECT id, request_id, step, action, actor, at, field, old_value, new_value, reason, details "
            "FROM request_events WHERE request_id = :id ORDER BY id"));
    query.bind(QStringLiteral(":id"), requestId);
    return query.list(eventFrom);
}

} // namespace kolokasi
