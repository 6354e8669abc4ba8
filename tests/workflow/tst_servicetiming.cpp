// Service standards (mutu baku) in working time: across a weekend and a holiday, per step
// and for the whole request, on both engines.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "domain/SopStep.h"
#include "workflow/ServiceTiming.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
QDateTime at(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

// Office 07:30-16:00 UTC; Monday 30 November 2026 is a holiday for this test.
WorkingCalendar calendar()
{
    return WorkingCalendar(QTime(7, 30), QTime(16, 0), {QDate(2026, 11, 30)}, QTimeZone::utc());
}
} // namespace

class TestServiceTiming : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    /// A letter received on Friday 27 November at `hour`:`minute`.
    qint64 letterOnFriday(int hour, int minute)
    {
        m_s.clock.set(at(11, 27, hour, minute));
        return m_s.driver().registerLetter(m_s.driver().letter());
    }

    RequestTiming timing(qint64 id) { return must(ServiceTiming(m_s.db()).of(id, calendar()), "timing"); }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
    }

    void cleanup() { m_s.stop(); }

    void theWeekendAndAHolidayDoNotCount()
    {
        // Received Friday 15:55, disposed Tuesday 07:35: 5 + 5 office minutes.
        const qint64 id = letterOnFriday(15, 55);
        m_s.clock.set(at(12, 1, 7, 35));
        KOLOKASI_VERIFY_OK(RequestWorkflow(m_s.db()).dispose(id, {0, {}, QStringLiteral("Seksi Infrastruktur"), {}, 0}));
        const RequestTiming t = timing(id);
        QCOMPARE(t.steps.first().step, SopStep::Disposition);
        QVERIFY(t.steps.first().finished);
        QCOMPARE(t.steps.first().elapsedSeconds, qint64(10 * 60));
        QCOMPARE(t.steps.first().standardSeconds, qint64(15 * 60));
        QVERIFY(!t.steps.first().overdue());
        // Step 3 runs since 07:35 and is not overdue yet.
        QCOMPARE(t.steps.size(), 2);
        QVERIFY(!t.steps.last().finished);
        QCOMPARE(t.steps.last().elapsedSeconds, qint64(0));
        QVERIFY(!t.overdue());
    }

    void aSlowStepIsOverdue()
    {
        // Received Friday 15:00, disposed Tuesday 08:00: 60 + 30 office minutes > 15.
        const qint64 id = letterOnFriday(15, 0);
        m_s.clock.set(at(12, 1, 8, 0));
        KOLOKASI_VERIFY_OK(RequestWorkflow(m_s.db()).dispose(id, {0, {}, QStringLiteral("Seksi Infrastruktur"), {}, 0}));
        const RequestTiming t = timing(id);
        QCOMPARE(t.steps.first().elapsedSeconds, qint64(90 * 60));
        QVERIFY(t.steps.first().overdue());
        QVERIFY(t.anyStepOverdue());
        QVERIFY(!t.totalOverdue());
        QCOMPARE(must(ServiceTiming(m_s.db()).overdueOpenRequests(calendar()), "overdue").size(), 1);
    }

    void aRequestIsOverdueAfterFourWorkingDays()
    {
        // Friday 15:00 to Friday 4 December 15:00, Monday a holiday: 1 h (Fri) + 3 x 8.5 h
        // (Tue-Thu) + 7.5 h (Fri) = 34 h, exactly the 4 x 8.5 h standard; one minute more is late.
        const qint64 id = letterOnFriday(15, 0);
        m_s.clock.set(at(12, 4, 15, 0));
        RequestTiming t = timing(id);
        QCOMPARE(t.totalStandardSeconds, SopSteps::totalStandardSeconds(calendar()));
        QCOMPARE(t.totalSeconds, qint64(34 * 3600));
        QVERIFY(!t.totalOverdue());
        m_s.clock.set(at(12, 4, 15, 1));
        t = timing(id);
        QVERIFY(t.totalOverdue());
        QVERIFY(t.overdue());
    }

    void aClosedRequestStopsTheClock()
    {
        const qint64 id = letterOnFriday(9, 0);
        m_s.clock.set(at(11, 27, 9, 10));
        KOLOKASI_VERIFY_OK(RequestWorkflow(m_s.db()).cancel(id, QStringLiteral("Dibatalkan unit")));
        m_s.clock.set(at(12, 31, 9, 0));
        const RequestTiming t = timing(id);
        QCOMPARE(t.totalSeconds, qint64(10 * 60));
        QVERIFY(!t.overdue());
        QVERIFY(must(ServiceTiming(m_s.db()).overdueOpenRequests(calendar()), "overdue").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceTiming)
#include "tst_servicetiming.moc"
