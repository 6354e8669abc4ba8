#include "DispositionStep.h"

#include "RequestTransition.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/StepRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Status DispositionStep::dispose(qint64 requestId, const Disposition &disposition)
{
    if (const QList<Error> found = problems(disposition); !found.isEmpty())
        return found.first();
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, SopStep::Disposition);
        if (!request.ok())
            return request.error();
        Disposition stored = disposition;
        stored.requestId = requestId;
        if (!stored.disposedOn.isValid())
            stored.disposedOn = m_db.clock().today();
        if (Status saved = StepRepository(m_db).saveDisposition(stored); !saved.ok())
            return saved;
        return transition.advance(*request, SopStep::Disposition, stored.toWhom);
    });
}

QList<Error> DispositionStep::problems(const Disposition &disposition) const
{
    Problems found;
    found.add(Required::text(disposition.toWhom, FormField::kToWhom, tr("Disposed to")));
    return found.list();
}

} // namespace kolokasi
