#pragma once

#include "domain/SopStep.h"

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// One entry of a request's history: a transition, a correction or an issued document.
struct RequestEvent
{
    qint64 id = 0;
    qint64 requestId = 0;
    SopStep step = SopStep::RequestLetter;
    QString action; // register, dispose, capacity_check, ..., correction, cancel
    QString actor;
    QDateTime at;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QString details;
};

} // namespace kolokasi
