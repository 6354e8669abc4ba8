#include "Cancellation.h"

#include "RequestTransition.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Status Cancellation::cancel(qint64 requestId, const QString &reason)
{
    if (const QList<Error> found = problems(reason); !found.isEmpty())
        return found.first();
    return m_db.transaction([&]() -> Status {
        auto request = RequestRepository(m_db).find(requestId);
        if (!request.ok())
            return request.error();
        RequestTransition transition(m_db);
        if (auto open = transition.expect(requestId, request->step, request->kind); !open.ok())
            return open.error();
        if (request->kind == RequestKind::Placement && request->step >= SopStep::Handover)
            return Error{
                QStringLiteral("too_late_to_cancel"),
                tr("The server has been handed over: the request can no longer be cancelled."),
                QStringLiteral("step")};
        if (Status freed = releaseReservations(requestId); !freed.ok())
            return freed;
        return transition.close(*request, request->step, RequestStatus::ClosedCancelled, QStringLiteral("cancel"),
                                reason.trimmed());
    });
}

QList<Error> Cancellation::problems(const QString &reason)
{
    Problems found;
    found.add(Required::text(reason, FormField::kReason, tr("Reason"), TextInput::Lines::Multi));
    return found.list();
}

Status Cancellation::releaseReservations(qint64 requestId)
{
    PlacementRepository placements(m_db);
    auto reserved = placements.ofRequest(requestId);
    if (!reserved.ok())
        return reserved.error();
    for (const Placement &placement : *reserved) {
        if (placement.status != PlacementStatus::Reserved)
            continue;
        if (Status released = placements.release(placement.id); !released.ok())
            return released;
    }
    return {};
}

} // namespace kolokasi
