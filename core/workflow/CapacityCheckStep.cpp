#include "CapacityCheckStep.h"

#include "RequestTransition.h"
#include "capacity/CapacityCalculator.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "store/StepRepository.h"

namespace kolokasi {

Result<CapacityCheck> CapacityCheckStep::record(qint64 requestId, const CapacityDecision &decision)
{
    return m_db.transaction([&]() -> Result<CapacityCheck> {
        RequestTransition transition(m_db);
        auto request = transition.expect(requestId, 2);
        if (!request.ok())
            return request.error();
        auto servers = ServerRepository(m_db).serversOf(requestId);
        if (!servers.ok())
            return servers.error();
        auto items = CapacityCalculator(m_db).assess(*request, *servers);
        if (!items.ok())
            return items.error();
        CapacityCheck check{requestId, {}, m_db.actor(), decision.available, decision.note.trimmed(), *items, 0};
        if (check.available != check.allItemsAvailable() && check.note.isEmpty())
            return Error{QStringLiteral("note_required"),
                         tr("The verdict differs from the computed capacity: explain it in a note."),
                         QStringLiteral("note")};
        if (Status saved = StepRepository(m_db).saveCapacityCheck(check); !saved.ok())
            return saved.error();
        const Status moved = check.available
                ? transition.advance(*request, 3, QStringLiteral("capacity_check"), QStringLiteral("available"))
                : transition.close(*request, 3, RequestStatus::ClosedNoCapacity, QStringLiteral("close_no_capacity"),
                                   check.note.isEmpty() ? tr("Capacity not available.") : check.note);
        if (!moved.ok())
            return moved.error();
        return StepRepository(m_db).capacityCheck(requestId);
    });
}

} // namespace kolokasi
