#include "DispositionStep.h"

#include "RequestTransition.h"
#include "store/Database.h"
#include "store/StepRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Status DispositionStep::dispose(qint64 requestId, const Disposition &disposition)
{
    if (Status filled = Required::text(disposition.toWhom, QStringLiteral("to_whom"), tr("Disposed to")); !filled.ok())
        return filled;
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expect(requestId, 1);
        if (!request.ok())
            return request.error();
        Disposition stored = disposition;
        stored.requestId = requestId;
        if (!stored.disposedOn.isValid())
            stored.disposedOn = m_db.clock().today();
        if (Status saved = StepRepository(m_db).saveDisposition(stored); !saved.ok())
            return saved;
        return transition.advance(*request, 2, QStringLiteral("dispose"), stored.toWhom);
    });
}

} // namespace kolokasi
