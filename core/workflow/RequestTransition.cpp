#include "RequestTransition.h"

#include "store/Database.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"

namespace kolokasi {

Result<Request> RequestTransition::expect(qint64 id, int step, RequestKind kind) const
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
    if (request->step != step)
        return Error{QStringLiteral("wrong_step"),
                     tr("This request is at step %1 (%2); this action needs it at step %3 (%4). Steps go in order.")
                             .arg(request->step).arg(stepName(request->step)).arg(step).arg(stepName(step)),
                     QStringLiteral("step")};
    return request;
}

Status RequestTransition::advance(const Request &request, int toStep, const QString &action, const QString &details)
{
    if (Status moved = RequestRepository(m_db).moveTo(request.id, request.step, toStep, RequestStatus::Open);
        !moved.ok())
        return moved;
    return record(request.id, toStep, action, {}, details);
}

Status RequestTransition::close(const Request &request, int toStep, RequestStatus status, const QString &action,
                                const QString &reason)
{
    if (Status moved = RequestRepository(m_db).moveTo(request.id, request.step, toStep, status, reason); !moved.ok())
        return moved;
    return record(request.id, toStep, action, reason, toStorage(status));
}

Status RequestTransition::record(qint64 requestId, int step, const QString &action, const QString &reason,
                                 const QString &details)
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

QString RequestTransition::stepName(int step)
{
    switch (step) {
    case 1: return tr("request letter");
    case 2: return tr("disposition");
    case 3: return tr("capacity check");
    case 4: return tr("application form");
    case 5: return tr("approval");
    case 6: return tr("notification of the unit");
    case 7: return tr("server delivery");
    case 8: return tr("handover");
    case 9: return tr("completion report");
    default: return QString::number(step);
    }
}

} // namespace kolokasi
