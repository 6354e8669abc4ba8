#pragma once

#include <QDateTime>

namespace kolokasi {

/// Where the core gets "now" from, so tests can fix or advance time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    /// The real wall clock, in local time.
    static const Clock &system();
};

/// A clock that stands still until told to move: for tests and reproducible demos.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(std::move(at)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &at) { m_now = at; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace kolokasi
