#pragma once

#include "common/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// What every step of the SOP does when it moves a request: check that the request is open,
/// of the right kind and at the step before, then move it on (or close it) and record who,
/// when and what in the request's history. Runs inside the step's transaction.
class RequestTransition
{
    Q_DECLARE_TR_FUNCTIONS(RequestTransition)

public:
    explicit RequestTransition(Database &db) : m_db(db) {}

    /// The open request `id` of `kind` that has done `done`; else request_closed, wrong_kind or
    /// wrong_step.
    Result<Request> expect(qint64 id, SopStep done,
                           RequestKind kind = RequestKind::Placement) const;
    /// The open placement request `id` that may do `step` now (it has done the step before).
    Result<Request> expectReadyFor(qint64 id, SopStep step) const;
    /// Moves `request` on to `toStep` and records the step's history action (or `action`,
    /// for the withdrawal's own actions) with `details`.
    Status advance(const Request &request, SopStep toStep, const QString &details = {},
                   const QString &action = {});
    /// Ends `request` at `toStep` with a closing `status`, recording `action` and `reason`.
    Status close(const Request &request, SopStep toStep, RequestStatus status,
                 const QString &action, const QString &reason);
    /// A request status in words, for messages.
    static QString statusName(RequestStatus status);

private:
    Status record(qint64 requestId, SopStep step, const QString &action, const QString &reason,
                  const QString &details);

    Database &m_db;
};

} // namespace kolokasi
