#include "DeliveryStep.h"

#include "StepReportWriter.h"

namespace kolokasi {

Status DeliveryStep::recordDelivery(qint64 requestId, const QString &note)
{
    return StepReportWriter(m_db).report(requestId, SopStep::Delivery, note);
}

} // namespace kolokasi
