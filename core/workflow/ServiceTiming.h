#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "domain/Request.h"
#include "domain/RequestEvent.h"

#include <QList>

namespace kolokasi {

class Database;

/// One step's elapsed office time against its SOP standard (mutu baku).
struct StepTiming
{
    SopStep step = SopStep::Disposition;
    QDateTime startedAt;
    QDateTime endedAt;       // when the step was done, or "now" while it runs
    bool finished = false;
    qint64 elapsedSeconds = 0;  // office time only
    qint64 standardSeconds = 0;

    bool overdue() const { return standardSeconds > 0 && elapsedSeconds > standardSeconds; }
};

/// A request's steps and its whole duration against the 4-working-day total.
struct RequestTiming
{
    qint64 requestId = 0;
    QList<StepTiming> steps;
    qint64 totalSeconds = 0;
    qint64 totalStandardSeconds = 0;

    bool totalOverdue() const { return totalSeconds > totalStandardSeconds; }
    bool anyStepOverdue() const
    {
        for (const StepTiming &step : steps) {
            if (step.overdue())
                return true;
        }
        return false;
    }
    bool overdue() const { return totalOverdue() || anyStepOverdue(); }
};

/// Measures each step's elapsed working time (Monday to Friday, office hours, holidays)
/// from the request's history against the SOP's service standards.
class ServiceTiming
{
public:
    explicit ServiceTiming(Database &db) : m_db(db) {}

    /// The timing of one request, with the calendar from settings, up to the database clock's now.
    Result<RequestTiming> of(qint64 requestId) const;
    /// The same with an explicit calendar.
    Result<RequestTiming> of(qint64 requestId, const WorkingCalendar &calendar) const;
    /// Open requests that are overdue (a step or the total), oldest first.
    Result<QList<RequestTiming>> overdueOpenRequests(const WorkingCalendar &calendar) const;

    /// The timing of `request` from its `events` (pure): step k runs from the moment step k-1
    /// was done (the letter's receipt for step 2) until step k was done, or until `now` (or the
    /// closing) while it runs.
    static RequestTiming evaluate(const Request &request, const QList<RequestEvent> &events,
                                  const WorkingCalendar &calendar, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace kolokasi
