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

    /// The open request `id` of `kind` standing at `step`; else request_closed, wrong_kind or wrong_step.
    Result<Request> expect(qint64 id, int step, RequestKind kind = RequestKind::Placement) const;
    /// Moves `request` on to `toStep` and records `action` with `details`.
    Status advance(const Request &request, int toStep, const QString &action, const QString &details = {});
    /// Ends `request` at `toStep` with a closing `status`, recording `action` and `reason`.
    Status close(const Request &request, int toStep, RequestStatus status, const QString &action,
                 const QString &reason);
    /// The SOP's name of a step, for messages.
    static QString stepName(int step);
    /// A request status in words, for messages.
    static QString statusName(RequestStatus status);

private:
    Status record(qint64 requestId, int step, const QString &action, const QString &reason, const QString &details);

    Database &m_db;
};

} // namespace kolokasi
