#pragma once

#include "common/Result.h"
#include "domain/CapacityCheck.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The DC team's verdict at step 3; a verdict against the computed lines needs a note.
struct CapacityDecision
{
    bool available = true;
    QString note;
};

/// SOP step 3: the DC team checks server, power, UPS, genset, bandwidth, space and public IPs.
/// Available: on to step 4. Not available: the request ends (closed_no_capacity).
/// Standard: 1 hour.
class CapacityCheckStep
{
    Q_DECLARE_TR_FUNCTIONS(CapacityCheckStep)

public:
    explicit CapacityCheckStep(Database &db) : m_db(db) {}

    /// Computes and stores the capacity report of a request at step 2, then moves it on or closes it.
    Result<CapacityCheck> record(qint64 requestId, const CapacityDecision &decision);
    /// Every problem of `decision` for the request as its capacity stands now (a verdict
    /// against the computed lines without a note); writes nothing.
    QList<Error> problems(qint64 requestId, const CapacityDecision &decision) const;

private:
    /// The check `decision` makes of the request's computed lines.
    Result<CapacityCheck> assess(const Request &request, const CapacityDecision &decision) const;
    static Status checkNote(const CapacityCheck &check);

    Database &m_db;
};

} // namespace kolokasi
