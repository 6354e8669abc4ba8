#include "CompletionStep.h"

#include "StepReportWriter.h"
#include "store/StepRepository.h"

namespace kolokasi {

Status CompletionStep::reportCompletion(qint64 requestId, const QString &note)
{
    const auto handedOver = [this](const Request &request) -> Status {
        if (StepRepository(m_db).handover(request.id).ok())
            return {};
        return Error{QStringLiteral("handover_missing"), tr("A request is complete only after the handover."),
                     QStringLiteral("handover")};
    };
    return StepReportWriter(m_db).report(requestId, SopStep::Completion, note, handedOver);
}

} // namespace kolokasi
