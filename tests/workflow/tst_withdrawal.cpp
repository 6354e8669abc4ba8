// Pencabutan on both engines: a withdrawal frees rack units and IPs so a new request takes
// the same ones; rejection, refusals, and history kept.
#include "Concurrently.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "store/AssetRepository.h"
#include "store/RequestRepository.h"
#include "store/WithdrawalRepository.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestWithdrawal : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    Asset m_asset;
    Placement m_placement;

    RequestWorkflow flow() { return m_s.flow(); }

    WithdrawalLetter letter() const
    {
        WithdrawalLetter letter;
        letter.assetId = m_asset.id;
        letter.letterNumber = QStringLiteral("445/301/Dinkes/2026");
        letter.letterDate = QDate(2026, 12, 1);
        letter.reasons = QStringLiteral("Aplikasi dipindahkan ke layanan SPBE nasional");
        return letter;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start(1));
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 9);
        const RegisterEntry entry = must(AssetRepository(m_s.db()).entries({}), "register").first();
        m_asset = entry.asset;
        m_placement = entry.placement;
    }

    void cleanup() { m_s.stop(); }

    void aCompletedWithdrawalFreesUnitsAndAddressForTheNextRequest()
    {
        // GIVEN an installed server in R01 U1-2 with 103.20.30.2 (.1 is held back for the router)
        QCOMPARE(m_placement.firstU, 1);
        QCOMPARE(m_placement.ipAddresses, QStringList{QStringLiteral("103.20.30.2")});

        // WHEN its withdrawal is registered, approved and completed
        const auto withdrawal = flow().registerWithdrawal(letter());
        KOLOKASI_VERIFY_OK(withdrawal);
        QCOMPARE(withdrawal->kind, RequestKind::Withdrawal);
        QCOMPARE(withdrawal->unitId, m_s.dc.unit.id);
        m_s.clock.advanceSecs(600);
        KOLOKASI_VERIFY_OK(flow().decideWithdrawal(withdrawal->id, true,
                                                   QStringLiteral("Ir. HENDRA GUNAWAN, M.T.")));
        KOLOKASI_VERIFY_OK(flow().completeWithdrawal(withdrawal->id, QDate(2026, 11, 26)));

        // THEN the asset is withdrawn with its date, placement and IP released, history kept
        const Asset asset = must(AssetRepository(m_s.db()).find(m_asset.id), "asset");
        QCOMPARE(asset.status, AssetStatus::Withdrawn);
        QCOMPARE(asset.withdrawnOn, QDate(2026, 11, 26));
        QCOMPARE(asset.withdrawalRequestId, withdrawal->id);
        const Placement released =
            must(PlacementRepository(m_s.db()).find(m_placement.id), "placement");
        QCOMPARE(released.status, PlacementStatus::Released);
        QCOMPARE(released.ipAddresses, QStringList{QStringLiteral("103.20.30.2")});
        QCOMPARE(valueOf(m_s.db(),
                         QStringLiteral("SELECT status FROM ip_addresses WHERE placement_id = :id"),
                         m_placement.id)
                     .toString(),
                 QStringLiteral("released"));
        const Request done = must(RequestRepository(m_s.db()).find(withdrawal->id), "request");
        QCOMPARE(done.status, RequestStatus::Completed);
        QVERIFY(
            must(WithdrawalRepository(m_s.db()).find(withdrawal->id), "w").completedAt.isValid());
        QCOMPARE(must(flow().history(withdrawal->id), "history").size(), 3);
        const RequestDossier dossier = must(flow().dossier(withdrawal->id), "dossier");
        QCOMPARE(dossier.withdrawal->reasons,
                 QStringLiteral("Aplikasi dipindahkan ke layanan SPBE nasional"));
        QCOMPARE(dossier.withdrawnAsset->asset.id, m_asset.id);
        QCOMPARE(dossier.withdrawnAsset->placement.serialNumber, m_placement.serialNumber);
        QCOMPARE(dossier.withdrawnAsset->rackName, QStringLiteral("R01"));

        // AND a new request is proposed the same units and address, and can take them
        const qint64 next = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(next, 4);
        const Approval approval = m_s.driver().approval(next);
        QCOMPARE(approval.blocks.first().rackId, m_placement.rackId);
        QCOMPARE(approval.blocks.first().firstU, 1);
        QCOMPARE(approval.blocks.first().ipAddresses, QStringList{QStringLiteral("103.20.30.2")});
        Approval sameSerial = approval;
        sameSerial.blocks.first().serialNumber =
            m_placement.serialNumber; // the old one is no longer live
        KOLOKASI_VERIFY_OK(flow().decide(next, sameSerial));
        QCOMPARE(must(AssetRepository(m_s.db()).entries({}), "register").size(), 1);
    }

    void aRejectedWithdrawalKeepsTheAsset()
    {
        const auto withdrawal = flow().registerWithdrawal(letter());
        KOLOKASI_VERIFY_OK(withdrawal);
        verifyRefused(flow().decideWithdrawal(withdrawal->id, false, QStringLiteral("Kabid")),
                      "required", "reasons");
        KOLOKASI_VERIFY_OK(
            flow().decideWithdrawal(withdrawal->id, false, QStringLiteral("Kabid"),
                                    QStringLiteral("Server masih dipakai Puskesmas")));
        QCOMPARE(must(RequestRepository(m_s.db()).find(withdrawal->id), "r").status,
                 RequestStatus::ClosedRejected);
        QCOMPARE(must(AssetRepository(m_s.db()).find(m_asset.id), "asset").status,
                 AssetStatus::Active);
        QCOMPARE(*must(WithdrawalRepository(m_s.db()).find(withdrawal->id), "w").approved, false);
        verifyRefused(flow().completeWithdrawal(withdrawal->id), "request_closed", "status");
    }

    void aWithdrawalMustBeApprovedBeforeItIsCompleted()
    {
        const auto withdrawal = flow().registerWithdrawal(letter());
        KOLOKASI_VERIFY_OK(withdrawal);
        verifyRefused(flow().completeWithdrawal(withdrawal->id), "wrong_step", "step");
        verifyRefused(flow().dispose(withdrawal->id, {0, {}, QStringLiteral("x"), {}, 0}),
                      "wrong_kind", "kind");
    }

    void onlyOneOpenWithdrawalPerActiveAsset()
    {
        KOLOKASI_VERIFY_OK(flow().registerWithdrawal(letter()));
        const auto second = flow().registerWithdrawal(letter());
        verifyRefused(statusOf(second), "withdrawal_pending", "asset");
        WithdrawalLetter noReasons = letter();
        noReasons.reasons.clear();
        const auto refused = flow().registerWithdrawal(noReasons);
        verifyRefused(statusOf(refused), "required", "reasons");
    }

    void twoAdminsRegisteringTheSameWithdrawalAtOnceMakeOne()
    {
        const DatabaseLocation location = m_s.db().location();
        const WithdrawalLetter request = letter();
        QStringList outcome = test::runTogether([&](int) {
            auto db = Database::open(location, Database::OpenMode::ExistingOnly, m_s.clock);
            const auto registered = db.ok()
                                        ? RequestWorkflow(*db.value()).registerWithdrawal(request)
                                        : Result<Request>(db.error());
            return registered.ok() ? QStringLiteral("ok") : registered.error().code;
        });
        outcome.sort();
        QCOMPARE(outcome,
                 QStringList({QStringLiteral("ok"), QStringLiteral("withdrawal_pending")}));
    }

    void aWithdrawnAssetCannotBeWithdrawnAgain()
    {
        const auto withdrawal = flow().registerWithdrawal(letter());
        KOLOKASI_VERIFY_OK(withdrawal);
        KOLOKASI_VERIFY_OK(flow().decideWithdrawal(withdrawal->id, true, QStringLiteral("Kabid")));
        KOLOKASI_VERIFY_OK(flow().completeWithdrawal(withdrawal->id));
        const auto again = flow().registerWithdrawal(letter());
        verifyRefused(statusOf(again), "asset_not_active", "asset");
    }

    void aWithdrawalCanBeCancelled()
    {
        const auto withdrawal = flow().registerWithdrawal(letter());
        KOLOKASI_VERIFY_OK(withdrawal);
        KOLOKASI_VERIFY_OK(flow().cancel(withdrawal->id, QStringLiteral("Surat ditarik")));
        QCOMPARE(must(RequestRepository(m_s.db()).find(withdrawal->id), "r").status,
                 RequestStatus::ClosedCancelled);
        QCOMPARE(must(PlacementRepository(m_s.db()).find(m_placement.id), "p").status,
                 PlacementStatus::Active);
    }
};

QTEST_GUILESS_MAIN(TestWithdrawal)
#include "tst_withdrawal.moc"
