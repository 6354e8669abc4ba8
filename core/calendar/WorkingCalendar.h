#pragma once

#include <QDateTime>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace kolokasi {

/// Office time: Monday to Friday between the office hours, except holidays (national
/// holidays and cuti bersama, from a list the admin edits). Service standards count only it.
class WorkingCalendar
{
public:
    static inline const QTime kDefaultStart{7, 30};
    static inline const QTime kDefaultEnd{16, 0};

    explicit WorkingCalendar(QTime officeStart = kDefaultStart, QTime officeEnd = kDefaultEnd,
                             QSet<QDate> holidays = {}, QTimeZone zone = QTimeZone::systemTimeZone());

    /// Monday to Friday and not a holiday.
    bool isWorkingDay(const QDate &date) const;
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
    QTimeZone m_zone;
};

} // namespace kolokasi
