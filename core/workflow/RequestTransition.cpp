#include "RequestTransition.h"

#include "store/Database.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"

namespace kolokasi {

Result<Request> RequestTransition::expect(qint64 id, SopStep done, RequestKind kind) const
{
    auto request = RequestRepository(m_db).find(id);
    if (!request.ok())
        return request;
    if (request->status != RequestStatus::Open)
        return Error{QStringLiteral("request_closed"), tr("This request is already closed (%1).")
                                                               .arg(statusName(request->status)),
                     QStringLiteral("status")};
    if (request->kind != kind)
        return Error{QStringLiteral("wrong_kind"), request->kind == RequestKind::Withdrawal
                                                           ? tr("This action is not part of a withdrawal request.")
                                                           : tr("This action is not part of a placement request."),
                     QStringLiteral("kind")};
    if (request->step != done)
        return Error{QStringLiteral("wrong_step"),
                     tr("This request is at step %1 (%2); this action needs it at step %3 (%4). "
                        "Steps go in order.")
                         .arg(SopSteps::number(request->step))
                         .arg(SopSteps::name(request->step))
                         .arg(SopSteps::number(done))
                         .arg(SopSteps::name(done)),
                     QStringLiteral("step")};
    return request;
}

Result<Request> RequestTransition::expectReadyFor(qint64 id, SopStep step) const
{
    return expect(id, SopSteps::previous(step).value_or(SopStep::RequestLetter));
}

Status RequestTransition::advance(const Request &request, SopStep toStep, const QString &details,
                                  const QString &action)
{
    if (Status moved = RequestRepository(m_db).moveTo(request.id, request.step, toStep, RequestStatus::Open);
        !moved.ok())
        return moved;
    return record(request.id, toStep, action.isEmpty() ? SopSteps::action(toStep) : action, {},
                  details);
}

Status RequestTransition::close(const Request &request, SopStep toStep, RequestStatus status,
                                const QString &action, const QString &reason)
{
    if (Status moved = RequestRepository(m_db).moveTo(request.id, request.step, toStep, status, reason); !moved.ok())
        return moved;
    return record(request.id, toStep, action, reason, toStorage(status));
}

Status RequestTransition::record(qint64 requestId, SopStep step, const QString &action,
                                 const QString &reason, const QString &details)
{
    RequestEvent event;
    event.requestId = requestId;
    event.step = step;
    event.action = action;
    event.reason = reason;
    event.details = details;
    return RequestEventRepository(m_db).append(event);
}

QString RequestTransition::statusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open: return tr("open");
    case RequestStatus::Completed: return tr("completed");
    case RequestStatus::ClosedNoCapacity: return tr("closed: no capacity");
    case RequestStatus::ClosedRejected: return tr("closed: rejected");
    case RequestStatus::ClosedCancelled: return tr("closed: cancelled");
    }
    return {};
}

} // namespace kolokasi
