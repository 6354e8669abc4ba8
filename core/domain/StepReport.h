#pragma once

#include "domain/SopStep.h"

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// Steps 6, 7 and 9: the unit was notified, the server was delivered, completion reported.
struct StepReport
{
    qint64 requestId = 0;
    SopStep step = SopStep::Notification;
    QDateTime reportedAt;
    QString note;
};

} // namespace kolokasi
