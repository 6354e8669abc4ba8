#include "StepReportWriter.h"

#include "RequestTransition.h"
#include "store/Database.h"
#include "store/StepRepository.h"

namespace kolokasi {

Status StepReportWriter::report(qint64 requestId, SopStep step, const QString &note,
                                const std::function<Status(const Request &)> &precondition)
{
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, step);
        if (!request.ok())
            return request.error();
        if (precondition) {
            if (Status allowed = precondition(*request); !allowed.ok())
                return allowed;
        }
        if (Status saved = StepRepository(m_db).saveStepReport({requestId, step, {}, note}); !saved.ok())
            return saved;
        if (step == SopStep::Completion)
            return transition.close(*request, step, RequestStatus::Completed,
                                    SopSteps::action(step), note);
        return transition.advance(*request, step, note);
    });
}

} // namespace kolokasi
