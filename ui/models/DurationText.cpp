#include "DurationText.h"

namespace kolokasi {

QString DurationText::of(qint64 seconds, qint64 workingDaySeconds)
{
    const qint64 minutes = seconds / 60;
    if (workingDaySeconds > 0 && seconds >= workingDaySeconds) {
        const qint64 days = seconds / workingDaySeconds;
        const qint64 hours = (seconds % workingDaySeconds) / 3600;
        const QString dayText = days == 1 ? tr("1 working day") : tr("%1 working days").arg(days);
        return hours == 0 ? dayText : tr("%1 %2 h").arg(dayText).arg(hours);
    }
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kolokasi
