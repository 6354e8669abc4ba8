#include "RequestList.h"

#include "store/RequestRepository.h"
#include "store/ServerRepository.h"

#include "store/Database.h"
#include "store/RequestSummaryRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>

namespace kolokasi {

namespace {
ServiceState against(qint64 elapsed, qint64 standard)
{
    if (standard <= 0)
        return ServiceState::OnTime;
    if (elapsed > standard)
        return ServiceState::Overdue;
    if (4 * elapsed >= 3 * standard)
        return ServiceState::DueSoon;
    return ServiceState::OnTime;
}
} // namespace

Result<QList<RequestSummary>> RequestList::page(const RequestListQuery &query) const
{
    auto lines = RequestSummaryRepository(m_db).page(query);
    if (!lines.ok())
        return lines;
    auto calendar = SettingsRepository(m_db).workingCalendar();
    if (!calendar.ok())
        return calendar.error();
    const QDateTime now = m_db.clock().now();
    for (RequestSummary &line : lines.value())
        line.state = stateOf(line, *calendar, now);
    return lines;
}

Result<int> RequestList::count(const RequestListQuery &query) const
{
    return RequestSummaryRepository(m_db).count(query);
}

ServiceState RequestList::stateOf(const RequestSummary &line, const WorkingCalendar &calendar,
                                  const QDateTime &now)
{
    const auto running = SopSteps::next(line.step);
    if (line.status != RequestStatus::Open || !running)
        return ServiceState::None;
    const ServiceState step = against(calendar.workingSecondsBetween(line.stepDoneAt, now),
                                      SopSteps::standardSeconds(*running, calendar));
    const ServiceState total = against(calendar.workingSecondsBetween(line.receivedAt, now),
                                       SopSteps::totalStandardSeconds(calendar));
    return std::max(step, total);
}

Result<QList<Request>> RequestList::all() const
{
    return RequestRepository(m_db).all();
}

Result<QList<Server>> RequestList::serversOf(qint64 requestId) const
{
    return ServerRepository(m_db).serversOf(requestId);
}

} // namespace kolokasi
