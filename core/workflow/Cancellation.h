#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// A unit may cancel its request at any time before the handover (step 8); the request
/// closes (closed_cancelled) with the reason, and placements reserved for it are freed.
/// A withdrawal request may be cancelled until it is completed.
class Cancellation
{
    Q_DECLARE_TR_FUNCTIONS(Cancellation)

public:
    explicit Cancellation(Database &db) : m_db(db) {}

    /// Cancels an open request with `reason`.
    Status cancel(qint64 requestId, const QString &reason);
    /// Every problem of a cancellation's input (the reason is required).
    static QList<Error> problems(const QString &reason);

private:
    Status releaseReservations(qint64 requestId);

    Database &m_db;
};

} // namespace kolokasi
