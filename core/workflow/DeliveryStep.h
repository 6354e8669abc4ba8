#pragma once

#include "common/Result.h"

#include <QString>

namespace kolokasi {

class Database;

/// SOP step 7: the unit brings the server with OS, software and supporting apps per the
/// spec. Standard: 1 working day.
class DeliveryStep
{
public:
    explicit DeliveryStep(Database &db) : m_db(db) {}

    /// Records the delivery for a request at step 6 and moves it to step 7.
    Status recordDelivery(qint64 requestId, const QString &note);

private:
    Database &m_db;
};

} // namespace kolokasi
