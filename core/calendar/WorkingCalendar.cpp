#include "WorkingCalendar.h"

#include <algorithm>

namespace kolokasi {

WorkingCalendar::WorkingCalendar(QTime officeStart, QTime officeEnd, QSet<QDate> holidays, QTimeZone zone)
    : m_start(officeStart), m_end(officeEnd), m_holidays(std::move(holidays)), m_zone(std::move(zone))
{
    if (!m_start.isValid() || !m_end.isValid() || m_end <= m_start) {
        m_start = kDefaultStart;
        m_end = kDefaultEnd;
    }
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return date.isValid() && m_weekdays.contains(date.dayOfWeek()) && !m_holidays.contains(date);
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QDateTime start = from.toTimeZone(m_zone);
    const QDateTime end = to.toTimeZone(m_zone);
    qint64 seconds = 0;
    for (QDate day = start.date(); day <= end.date(); day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const QDateTime open = std::max(dayStart(day), start);
        const QDateTime close = std::min(dayEnd(day), end);
        if (close > open)
            seconds += open.secsTo(close);
    }
    return seconds;
}

QDateTime WorkingCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    QDateTime cursor = from.toTimeZone(m_zone);
    for (QDate day = cursor.date();; day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        const QDateTime open = std::max(dayStart(day), cursor);
        const qint64 available = std::max<qint64>(0, open.secsTo(dayEnd(day)));
        if (seconds <= available)
            return open.addSecs(seconds);
        seconds -= available;
    }
}

} // namespace kolokasi
