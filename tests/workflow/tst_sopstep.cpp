// The SOP's step table: numbers, order, previous step, history action and service standard.
#include "TestEnvironment.h"
#include "calendar/WorkingCalendar.h"
#include "domain/SopStep.h"

#include <QtTest>

using namespace kolokasi;

class TestSopStep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestEnvironment(); }

    void stepsAreNumberedAsTheSop()
    {
        QCOMPARE(SopSteps::all().size(), 9);
        for (int n = 1; n <= 9; ++n) {
            QCOMPARE(SopSteps::number(SopSteps::all().at(n - 1)), n);
            QCOMPARE(SopSteps::fromNumber(n), std::optional<SopStep>(SopSteps::all().at(n - 1)));
        }
        QVERIFY(!SopSteps::fromNumber(0));
        QVERIFY(!SopSteps::fromNumber(10));
        QCOMPARE(SopSteps::fromStored(42), SopStep::RequestLetter);
    }

    void previousAndNextFollowTheOrder()
    {
        QVERIFY(!SopSteps::previous(SopStep::RequestLetter));
        QCOMPARE(*SopSteps::previous(SopStep::Disposition), SopStep::RequestLetter);
        QCOMPARE(*SopSteps::previous(SopStep::Handover), SopStep::Delivery);
        QCOMPARE(*SopSteps::next(SopStep::Approval), SopStep::Notification);
        QVERIFY(!SopSteps::next(SopStep::Completion));
    }

    void historyActionsAreTheStoredOnes()
    {
        const QStringList actions{
            QStringLiteral("register"),       QStringLiteral("dispose"),
            QStringLiteral("capacity_check"), QStringLiteral("fill_application"),
            QStringLiteral("approve"),        QStringLiteral("notify_unit"),
            QStringLiteral("deliver"),        QStringLiteral("handover"),
            QStringLiteral("complete")};
        for (SopStep step : SopSteps::all())
            QCOMPARE(SopSteps::action(step), actions.at(SopSteps::number(step) - 1));
    }

    void namesAreGiven()
    {
        QCOMPARE(SopSteps::name(SopStep::Disposition), QStringLiteral("disposition"));
        QCOMPARE(SopSteps::name(SopStep::Completion), QStringLiteral("completion report"));
    }

    void serviceStandardsFollowTheSop()
    {
        const WorkingCalendar c(QTime(7, 30), QTime(16, 0), {}, QTimeZone::utc());
        QCOMPARE(SopSteps::standard(SopStep::RequestLetter), ServiceStandard::None);
        QCOMPARE(SopSteps::standardSeconds(SopStep::RequestLetter, c), qint64(0));
        QCOMPARE(SopSteps::standardSeconds(SopStep::CapacityCheck, c), qint64(3600));
        for (SopStep step : {SopStep::Disposition, SopStep::Application, SopStep::Approval,
                             SopStep::Notification, SopStep::Completion})
            QCOMPARE(SopSteps::standardSeconds(step, c), qint64(15 * 60));
        QCOMPARE(SopSteps::standardSeconds(SopStep::Delivery, c), qint64(8.5 * 3600));
        QCOMPARE(SopSteps::standardSeconds(SopStep::Handover, c), qint64(8.5 * 3600));
        QCOMPARE(SopSteps::totalStandardSeconds(c), qint64(4 * 8.5 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestSopStep)
#include "tst_sopstep.moc"
