// The request view's models, headless: the timeline of the nine steps (done with who, when,
// elapsed office time against the standard; current; to come; overdue marked) and the
// history with corrections; checked by QAbstractItemModelTester.
#include "../workflow/WorkflowFixture.h"
#include "RequestHistoryModel.h"
#include "RequestTimelineModel.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestRequestViewModels : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void theTimelineShowsDoneCurrentAndToCome()
    {
        // GIVEN a request disposed 5 minutes after its receipt, then its capacity check running 70
        // minutes
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        m_s.clock.advanceSecs(70 * 60);

        // WHEN its timeline is shown
        RequestTimelineModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequest(id);

        // THEN the nine steps are listed
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(text(model, 0, RequestTimelineModel::StepColumn),
                 QStringLiteral("1. request letter"));
        QCOMPARE(text(model, 0, RequestTimelineModel::StateColumn), QStringLiteral("done"));
        // AND the disposition is done by the admin in 5 of its 15 minutes
        QCOMPARE(text(model, 1, RequestTimelineModel::StateColumn), QStringLiteral("done"));
        QCOMPARE(text(model, 1, RequestTimelineModel::ByColumn), QStringLiteral("admin.dc"));
        QCOMPARE(text(model, 1, RequestTimelineModel::ElapsedColumn), QStringLiteral("5 min"));
        QCOMPARE(text(model, 1, RequestTimelineModel::StandardColumn), QStringLiteral("15 min"));
        QVERIFY(!text(model, 1, RequestTimelineModel::AtColumn).isEmpty());
        QCOMPARE(model.data(model.index(1, 0), RequestTimelineModel::OverdueRole).toBool(), false);
        // AND the capacity check is current and overdue (70 of 60 minutes)
        QCOMPARE(model.data(model.index(2, 0), RequestTimelineModel::StepStateRole).toInt(),
                 int(RequestTimelineModel::StepState::Current));
        QCOMPARE(text(model, 2, RequestTimelineModel::StateColumn),
                 QStringLiteral("current, overdue"));
        QCOMPARE(text(model, 2, RequestTimelineModel::ElapsedColumn), QStringLiteral("1 h 10 min"));
        QCOMPARE(model.data(model.index(2, 0), RequestTimelineModel::OverdueRole).toBool(), true);
        QVERIFY(model.data(model.index(2, RequestTimelineModel::ElapsedColumn), Qt::ForegroundRole)
                    .isValid());
        // AND the rest is to come, delivery with a standard of one working day
        QCOMPARE(text(model, 3, RequestTimelineModel::StateColumn), QStringLiteral("to come"));
        QCOMPARE(text(model, 6, RequestTimelineModel::StandardColumn),
                 QStringLiteral("1 working day"));
        QCOMPARE(text(model, 8, RequestTimelineModel::StepColumn),
                 QStringLiteral("9. completion report"));
    }

    void aClosedRequestHasNoCurrentStep()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        KOLOKASI_VERIFY_OK(
            statusOf(m_s.flow().checkCapacity(id, {false, QStringLiteral("Rak penuh")})));
        RequestTimelineModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequest(id);
        QCOMPARE(text(model, 2, RequestTimelineModel::StateColumn), QStringLiteral("done"));
        QCOMPARE(text(model, 3, RequestTimelineModel::StateColumn), QStringLiteral("not reached"));
    }

    void theHistoryShowsStepsAndCorrections()
    {
        // GIVEN a request disposed and its subject corrected
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        Correction correction;
        correction.requestId = id;
        correction.field = QStringLiteral("request.subject");
        correction.newValue = QStringLiteral("Co-location SIMPUS baru");
        correction.reason = QStringLiteral("Salah ketik");
        KOLOKASI_VERIFY_OK(statusOf(m_s.flow().correct(correction)));

        // WHEN its history is shown
        RequestHistoryModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRequest(id);

        // THEN each entry says when, who, which step and what
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, RequestHistoryModel::ActionColumn),
                 QStringLiteral("Letter registered"));
        QCOMPARE(text(model, 0, RequestHistoryModel::DetailsColumn),
                 QStringLiteral("445/123/Dinkes/2026"));
        QCOMPARE(text(model, 1, RequestHistoryModel::ActionColumn), QStringLiteral("Disposed"));
        QCOMPARE(text(model, 1, RequestHistoryModel::StepColumn), QStringLiteral("2. disposition"));
        QCOMPARE(text(model, 1, RequestHistoryModel::ActorColumn), QStringLiteral("admin.dc"));
        QCOMPARE(text(model, 2, RequestHistoryModel::ActionColumn), QStringLiteral("Corrected"));
        QVERIFY(model.data(model.index(2, 0), RequestHistoryModel::IsCorrectionRole).toBool());
        QCOMPARE(text(model, 2, RequestHistoryModel::DetailsColumn),
                 QStringLiteral("request.subject: \"Permohonan co-location server SIMPUS\" → "
                                "\"Co-location SIMPUS baru\" "
                                "(Salah ketik)"));
    }
};

QTEST_GUILESS_MAIN(TestRequestViewModels)
#include "tst_requestviewmodels.moc"
