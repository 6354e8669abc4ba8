#include "CapacityCheckStep.h"

#include "RequestTransition.h"
#include "capacity/CapacityCalculator.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "store/StepRepository.h"

namespace kolokasi {

Result<CapacityCheck> CapacityCheckStep::record(qint64 requestId, const CapacityDecision &decision)
{
    return m_db.transaction([&]() -> Result<CapacityCheck> {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, SopStep::CapacityCheck);
        if (!request.ok())
            return request.error();
        auto assessed = assess(*request, decision);
        if (!assessed.ok())
            return assessed.error();
        const CapacityCheck &check = *assessed;
        if (Status noted = checkNote(check); !noted.ok())
            return noted.error();
        if (Status saved = StepRepository(m_db).saveCapacityCheck(check); !saved.ok())
            return saved.error();
        const Status moved =
            check.available
                ? transition.advance(*request, SopStep::CapacityCheck, QStringLiteral("available"))
                : transition.close(
                      *request, SopStep::CapacityCheck, RequestStatus::ClosedNoCapacity,
                      QStringLiteral("close_no_capacity"),
                      check.note.isEmpty() ? tr("Capacity not available.") : check.note);
        if (!moved.ok())
            return moved.error();
        return StepRepository(m_db).capacityCheck(requestId);
    });
}

QList<Error> CapacityCheckStep::problems(qint64 requestId, const CapacityDecision &decision) const
{
    Problems found;
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return {request.error()};
    auto check = assess(*request, decision);
    if (!check.ok())
        return {check.error()};
    found.add(checkNote(*check));
    return found.list();
}

Result<CapacityCheck> CapacityCheckStep::assess(const Request &request,
                                                const CapacityDecision &decision) const
{
    auto servers = ServerRepository(m_db).serversOf(request.id);
    if (!servers.ok())
        return servers.error();
    auto items = CapacityCalculator(m_db).assess(request, *servers);
    if (!items.ok())
        return items.error();
    return CapacityCheck{request.id, {}, m_db.actor(), decision.available, decision.note.trimmed(),
                         *items,     0};
}

Status CapacityCheckStep::checkNote(const CapacityCheck &check)
{
    if (check.available != check.allItemsAvailable() && check.note.isEmpty())
        return Error{QStringLiteral("note_required"),
                     tr("The verdict differs from the computed capacity: explain it in a note."),
                     FormField::kNote};
    return {};
}

} // namespace kolokasi
