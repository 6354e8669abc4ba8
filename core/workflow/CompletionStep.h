#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// SOP step 9: the DC team reports to the unit (cc the head of division) that server and
/// hosting are done and reachable. Only after the handover; the request is then completed.
/// Standard: 15 minutes.
class CompletionStep
{
    Q_DECLARE_TR_FUNCTIONS(CompletionStep)

public:
    explicit CompletionStep(Database &db) : m_db(db) {}

    /// Records the completion report of a request at step 8 and completes it.
    Status reportCompletion(qint64 requestId, const QString &note);

private:
    Database &m_db;
};

} // namespace kolokasi
