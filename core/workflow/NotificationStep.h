#pragma once

#include "common/Result.h"

#include <QString>

namespace kolokasi {

class Database;

/// SOP step 6: the DC team informs the unit that its request was approved (laporan /
/// notification letter). Standard: 15 minutes.
class NotificationStep
{
public:
    explicit NotificationStep(Database &db) : m_db(db) {}

    /// Records the notification of an approved request at step 5 and moves it to step 6.
    Status notifyUnit(qint64 requestId, const QString &note);

private:
    Database &m_db;
};

} // namespace kolokasi
