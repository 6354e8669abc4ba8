#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "domain/Request.h"
#include "domain/RequestSummary.h"
#include "domain/Server.h"

#include <QList>

namespace kolokasi {

class Database;

/// The request list for screens and benchmarks: one query per page (RequestSummaryRepository)
/// plus the service-standard state of each line, computed in memory from the working
/// calendar, never with a query per line.
class RequestList
{
public:
    explicit RequestList(Database &db) : m_db(db) {}

    /// One page of the lines matching `query`, each with its state as of the database clock's now.
    Result<QList<RequestSummary>> page(const RequestListQuery &query) const;
    /// How many lines match `query`.
    Result<int> count(const RequestListQuery &query) const;

    /// The state of `line` at `now` (pure): for an open request, Overdue when the running
    /// step or the whole procedure has passed its standard (mutu baku), DueSoon when three
    /// quarters of either are used, else OnTime; None once closed.
    static ServiceState stateOf(const RequestSummary &line, const WorkingCalendar &calendar,
                                const QDateTime &now);

    /// Every request, by id (RequestRepository::all()).
    Result<QList<Request>> all() const;
    /// The servers of request `requestId`, by position (ServerRepository::serversOf()).
    Result<QList<Server>> serversOf(qint64 requestId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
