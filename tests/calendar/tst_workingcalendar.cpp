#include "TestEnvironment.h"
#include "calendar/WorkingCalendar.h"

#include <QtTest>

using namespace kolokasi;

namespace {
const QTimeZone kWib(QByteArrayLiteral("Asia/Jakarta"));

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), kWib);
}

// Office 07:30-16:00 WIB; Friday 25 December 2026 is Christmas.
WorkingCalendar calendar()
{
    return WorkingCalendar(QTime(7, 30), QTime(16, 0), {QDate(2026, 12, 25)}, kWib);
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void knowsWorkingDays()
    {
        QVERIFY(calendar().isWorkingDay(QDate(2026, 12, 21)));  // Monday
        QVERIFY(!calendar().isWorkingDay(QDate(2026, 12, 19))); // Saturday
        QVERIFY(!calendar().isWorkingDay(QDate(2026, 12, 20))); // Sunday
        QVERIFY(!calendar().isWorkingDay(QDate(2026, 12, 25))); // holiday
    }

    void countsOfficeTimeOnly_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("within a morning") << at(21, 8) << at(21, 8, 15) << qint64(15 * 60);
        QTest::newRow("before opening counts from 07:30") << at(21, 6) << at(21, 8) << qint64(30 * 60);
        QTest::newRow("evening counts nothing") << at(21, 17) << at(21, 22) << qint64(0);
        QTest::newRow("overnight") << at(21, 15) << at(22, 8, 30) << qint64(2 * 3600);
        QTest::newRow("across a weekend") << at(18, 15) << at(21, 8, 30) << qint64(2 * 3600);
        QTest::newRow("across the weekend and a holiday")
                << at(24, 15) << at(28, 8, 30) << qint64(2 * 3600); // Thu 15:00 -> Mon 08:30
        QTest::newRow("a full week") << at(21, 0) << at(28, 0) << qint64(4 * 8.5 * 3600);
        QTest::newRow("backwards") << at(22, 9) << at(21, 9) << qint64(0);
    }

    void countsOfficeTimeOnly()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, seconds);
        QCOMPARE(calendar().workingSecondsBetween(from, to), seconds);
    }

    void countsTheSameInAnyTimeZone()
    {
        // 01:00 UTC is 08:00 WIB.
        const QDateTime fromUtc(QDate(2026, 12, 21), QTime(1, 0), QTimeZone::utc());
        QCOMPARE(calendar().workingSecondsBetween(fromUtc, at(21, 9)), qint64(3600));
    }

    void findsDeadlines()
    {
        const WorkingCalendar c = calendar();
        QCOMPARE(c.addWorkingSeconds(at(21, 8), 15 * 60), at(21, 8, 15));
        QCOMPARE(c.addWorkingSeconds(at(21, 15, 30), 3600), at(22, 8)); // over the night
        QCOMPARE(c.addWorkingSeconds(at(24, 10), c.workingDaySeconds()), at(28, 10)); // over holiday + weekend
        QCOMPARE(c.addWorkingSeconds(at(19, 10), 0), at(21, 7, 30)); // Saturday: from Monday's opening
    }

    void refusesNonsenseOfficeHours()
    {
        const WorkingCalendar c(QTime(16, 0), QTime(8, 0));
        QCOMPARE(c.officeStart(), WorkingCalendar::kDefaultStart);
        QCOMPARE(c.officeEnd(), WorkingCalendar::kDefaultEnd);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
