#pragma once

#include <QCoreApplication>
#include <QString>

namespace kolokasi {

/// Office time as the screens write it ("45 min", "2 h 05 min", "1 working day 2 h").
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    /// `seconds` of office time; `workingDaySeconds` is one working day of the calendar.
    static QString of(qint64 seconds, qint64 workingDaySeconds);
};

} // namespace kolokasi
