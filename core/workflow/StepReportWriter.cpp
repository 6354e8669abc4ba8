#include "StepReportWriter.h"

#include "RequestTransition.h"
#include "store/Database.h"
#include "store/StepRepository.h"

namespace kolokasi {

Status StepReportWriter::report(qint64 requestId, int step, const QString &action, const QString &note,
                                const std::function<Status(const Request &)> &precondition)
{
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expect(requestId, step - 1);
        if (!request.ok())
            return request.error();
        if (precondition) {
            if (Status allowed = precondition(*request); !allowed.ok())
                return allowed;
        }
        if (Status saved = StepRepository(m_db).saveStepReport({requestId, step, {}, note}); !saved.ok())
            return saved;
        if (step == 9)
            return transition.close(*request, 9, RequestStatus::Completed, action, note);
        return transition.advance(*request, step, action, note);
    });
}

} // namespace kolokasi
