// What can be done next: the actions a screen enables and the documents a request has
// reached, from the core's rules at every step, for closed requests and for withdrawals.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "store/AssetRepository.h"
#include "workflow/NextActions.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestNextActions : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    RequestWorkflow flow() { return m_s.flow(); }
    NextActions next(qint64 id) { return must(flow().nextActions(id), "next actions"); }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void eachStepOffersTheNextOne_data()
    {
        QTest::addColumn<int>("reached");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("documents");
        QTest::newRow("registered") << 1 << int(WorkflowAction::RegisterDisposition) << 0;
        QTest::newRow("disposed") << 2 << int(WorkflowAction::CheckCapacity) << 0;
        QTest::newRow("capacity checked") << 3 << int(WorkflowAction::FillApplication) << 1;
        QTest::newRow("application filled") << 4 << int(WorkflowAction::Decide) << 2;
        QTest::newRow("approved") << 5 << int(WorkflowAction::Notify) << 4;
        QTest::newRow("notified") << 6 << int(WorkflowAction::RecordDelivery) << 4;
        QTest::newRow("delivered") << 7 << int(WorkflowAction::HandOver) << 4;
        QTest::newRow("handed over") << 8 << int(WorkflowAction::ReportCompletion) << 6;
    }

    void eachStepOffersTheNextOne()
    {
        QFETCH(int, reached);
        QFETCH(int, action);
        QFETCH(int, documents);
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, reached);
        const NextActions n = next(id);
        QCOMPARE(n.actions.first(), WorkflowAction(action));
        QCOMPARE(n.nextStep, SopSteps::next(*SopSteps::fromNumber(reached)));
        QCOMPARE(n.documents.size(), documents);
        QVERIFY(n.can(WorkflowAction::Correct));
        QCOMPARE(n.can(WorkflowAction::Cancel), reached < 8);
        QVERIFY(!n.can(WorkflowAction::StartWithdrawal));
    }

    void aCompletedRequestWithAnAssetCanBeWithdrawn()
    {
        // GIVEN a completed request whose server is in the register
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 9);
        NextActions n = next(id);
        QVERIFY(!n.nextStep);
        QCOMPARE(n.actions,
                 (QList<WorkflowAction>{WorkflowAction::Correct, WorkflowAction::StartWithdrawal}));
        QVERIFY(n.has(RequestDocument::CompletionReport));
        QCOMPARE(NextActions::documentName(RequestDocument::HandoverForm),
                 QStringLiteral("serah-terima"));

        // WHEN its withdrawal is registered, THEN the request offers no second one
        WithdrawalLetter letter;
        letter.assetId = must(AssetRepository(m_s.db()).entries({}), "register").first().asset.id;
        letter.reasons = QStringLiteral("Aplikasi dipindahkan");
        const Request withdrawal = must(flow().registerWithdrawal(letter), "withdrawal");
        QVERIFY(!next(id).can(WorkflowAction::StartWithdrawal));

        // AND the withdrawal goes decide, complete, done
        n = next(withdrawal.id);
        QCOMPARE(n.actions,
                 (QList<WorkflowAction>{WorkflowAction::DecideWithdrawal, WorkflowAction::Cancel}));
        QVERIFY(n.has(RequestDocument::WithdrawalForm));
        KOLOKASI_VERIFY_OK(flow().decideWithdrawal(withdrawal.id, true, QStringLiteral("Kabid")));
        QCOMPARE(
            next(withdrawal.id).actions,
            (QList<WorkflowAction>{WorkflowAction::CompleteWithdrawal, WorkflowAction::Cancel}));
        KOLOKASI_VERIFY_OK(flow().completeWithdrawal(withdrawal.id));
        QVERIFY(next(withdrawal.id).actions.isEmpty());
        QVERIFY(!next(id).can(WorkflowAction::StartWithdrawal));
    }

    void aClosedRequestOffersOnlyCorrections()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        KOLOKASI_VERIFY_OK(
            statusOf(flow().checkCapacity(id, {false, QStringLiteral("Rak penuh")})));
        const NextActions n = next(id);
        QCOMPARE(n.actions, QList<WorkflowAction>{WorkflowAction::Correct});
        QCOMPARE(n.documents, QList<RequestDocument>{RequestDocument::CapacityReport});
        QVERIFY(!n.nextStep);
    }

    void aRejectionHasNoNotificationLetter()
    {
        Request request;
        request.step = SopStep::Approval;
        request.status = RequestStatus::ClosedRejected;
        RequestFacts facts;
        facts.capacityChecked = facts.applicationFilled = true;
        facts.approved = false;
        const NextActions n = NextActions::of(request, facts);
        QVERIFY(n.has(RequestDocument::ApprovalForm));
        QVERIFY(!n.has(RequestDocument::NotificationLetter));
    }
};

QTEST_GUILESS_MAIN(TestNextActions)
#include "tst_nextactions.moc"
