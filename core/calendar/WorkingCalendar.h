#pragma once

#include <QDateTime>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace kolokasi {

/// Office time: the working weekdays (Monday to Friday unless set) between the office hours, except
/// holidays (national holidays and cuti bersama, from a list the admin edits). Service standards
/// count only it.
class WorkingCalendar
{
public:
    static inline const QTime kDefaultStart{7, 30};
    static inline const QTime kDefaultEnd{16, 0};

    explicit WorkingCalendar(QTime officeStart = kDefaultStart, QTime officeEnd = kDefaultEnd,
                             QSet<QDate> holidays = {}, QTimeZone zone = QTimeZone::systemTimeZone());

    /// A working weekday and not a holiday.
    bool isWorkingDay(const QDate &date) const;
    /// The ISO weekdays (1 Monday ... 7 Sunday) offices work; Monday to Friday by default.
    void setWorkingWeekdays(const QSet<int> &weekdays) { m_weekdays = weekdays; }
    const QSet<int> &workingWeekdays() const { return m_weekdays; }
    static QSet<int> mondayToFriday() { return {1, 2, 3, 4, 5}; }
    /// Seconds of office time between two instants (0 if `to` is not after `from`).
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    /// The instant when `seconds` of office time after `from` have passed (a deadline).
    QDateTime addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    /// The length of one working day ("1 hari" in the SOP's service standards).
    qint64 workingDaySeconds() const { return m_start.secsTo(m_end); }

    QTime officeStart() const { return m_start; }
    QTime officeEnd() const { return m_end; }
    const QSet<QDate> &holidays() const { return m_holidays; }

private:
    QDateTime dayStart(const QDate &date) const { return QDateTime(date, m_start, m_zone); }
    QDateTime dayEnd(const QDate &date) const { return QDateTime(date, m_end, m_zone); }

    QTime m_start;
    QTime m_end;
    QSet<QDate> m_holidays;
    QSet<int> m_weekdays = mondayToFriday();
    QTimeZone m_zone;
};

} // namespace kolokasi
