#pragma once

#include "common/Result.h"
#include "domain/Request.h"

#include <QString>

#include <functional>

namespace kolokasi {

class Database;

/// Notification, Delivery and Completion (steps 6, 7, 9) record a short report (step_reports) and
/// move the request on.
class StepReportWriter
{
public:
    explicit StepReportWriter(Database &db) : m_db(db) {}

    /// In one transaction: the request must have done the step before `step`; `precondition`
    /// (if given) may refuse; the report is stored and the request moved to `step`
    /// (completed at Completion).
    Status report(qint64 requestId, SopStep step, const QString &note,
                  const std::function<Status(const Request &)> &precondition = {});

private:
    Database &m_db;
};

} // namespace kolokasi
