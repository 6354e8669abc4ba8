#include "NotificationStep.h"

#include "StepReportWriter.h"

namespace kolokasi {

Status NotificationStep::notifyUnit(qint64 requestId, const QString &note)
{
    return StepReportWriter(m_db).report(requestId, SopStep::Notification, note);
}

} // namespace kolokasi
