#include "ServiceTiming.h"

#include "store/Database.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"
#include "store/SettingsRepository.h"

#include <QMap>

namespace kolokasi {

namespace {
// Actions that finish a step (moving the request on, or ending it at that step).
bool finishesStep(const RequestEvent &event)
{
    static const QStringList others{QStringLiteral("register"), QStringLiteral("correction"),
                                    QStringLiteral("document"), QStringLiteral("cancel")};
    return !others.contains(event.action);
}

QMap<SopStep, QDateTime> stepEnds(const QList<RequestEvent> &events)
{
    QMap<SopStep, QDateTime> ends;
    for (const RequestEvent &event : events) {
        if (finishesStep(event) && !ends.contains(event.step))
            ends.insert(event.step, event.at);
    }
    return ends;
}
} // namespace

Result<RequestTiming> ServiceTiming::of(qint64 requestId) const
{
    auto calendar = SettingsRepository(m_db).workingCalendar();
    if (!calendar.ok())
        return calendar.error();
    return of(requestId, *calendar);
}

Result<RequestTiming> ServiceTiming::of(qint64 requestId, const WorkingCalendar &calendar) const
{
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return request.error();
    auto events = RequestEventRepository(m_db).of(requestId);
    if (!events.ok())
        return events.error();
    return evaluate(*request, *events, calendar, m_db.clock().now());
}

Result<QList<RequestTiming>> ServiceTiming::overdueOpenRequests(const WorkingCalendar &calendar) const
{
    auto requests = RequestRepository(m_db).all();
    if (!requests.ok())
        return requests.error();
    QList<RequestTiming> overdue;
    for (auto it = requests->crbegin(); it != requests->crend(); ++it) {
        if (it->status != RequestStatus::Open)
            continue;
        auto timing = of(it->id, calendar);
        if (!timing.ok())
            return timing.error();
        if (timing->overdue())
            overdue.append(*timing);
    }
    return overdue;
}

RequestTiming ServiceTiming::evaluate(const Request &request, const QList<RequestEvent> &events,
                                      const WorkingCalendar &calendar, const QDateTime &now)
{
    const QMap<SopStep, QDateTime> ends = stepEnds(events);
    const QDateTime stop = request.status == RequestStatus::Open ? now : request.closedAt;
    RequestTiming timing;
    timing.requestId = request.id;
    QDateTime start = request.receivedAt;
    for (SopStep step : SopSteps::all()) {
        if (step == SopStep::RequestLetter)
            continue; // the unit's letter: the clock starts at its receipt
        if (!start.isValid())
            break;
        StepTiming line;
        line.step = step;
        line.startedAt = start;
        line.finished = ends.contains(step);
        if (!line.finished && request.status != RequestStatus::Open && start >= stop)
            break; // closed before this step began
        line.endedAt = line.finished ? ends.value(step) : stop;
        line.elapsedSeconds = calendar.workingSecondsBetween(line.startedAt, line.endedAt);
        line.standardSeconds = SopSteps::standardSeconds(step, calendar);
        timing.steps.append(line);
        if (!line.finished)
            break;
        start = line.endedAt;
    }
    timing.totalSeconds = calendar.workingSecondsBetween(request.receivedAt, stop);
    timing.totalStandardSeconds = SopSteps::totalStandardSeconds(calendar);
    return timing;
}

} // namespace kolokasi
