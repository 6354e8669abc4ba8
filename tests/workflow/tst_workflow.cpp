// The SOP's request procedure through the public workflow API, on SQLite and PostgreSQL:
// the full path, each closing branch, and every refusal by code and field.
#include "Concurrently.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "store/AssetRepository.h"
#include "store/AuditLog.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "store/StepRepository.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    Request request(qint64 id) { return must(RequestRepository(m_s.db()).find(id), "request"); }
    RequestWorkflow flow() { return m_s.flow(); }

    QStringList actions(qint64 id)
    {
        QStringList names;
        for (const RequestEvent &event : must(flow().history(id), "history"))
            names << event.action;
        return names;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
    }

    void cleanup() { m_s.stop(); }

    void aRequestGoesFromLetterToCompletion()
    {
        // GIVEN a letter for two co-located servers with two public IPs
        const qint64 id = m_s.driver().registerLetter(
                m_s.driver().letter({makeServer(QStringLiteral("srv-app")), makeServer(QStringLiteral("srv-db"), 1, 300)}, 2));
        QCOMPARE(request(id).needs.rackUnits, 3);
        QCOMPARE(request(id).needs.powerW, 700);

        // WHEN every step is done in order
        m_s.driver().advanceTo(id, 9);

        // THEN the request is completed and every step left its record
        const Request done = request(id);
        QCOMPARE(done.status, RequestStatus::Completed);
        QCOMPARE(done.step, SopStep::Completion);
        StepRepository steps(m_s.db());
        QCOMPARE(steps.disposition(id)->toWhom, QStringLiteral("Seksi Infrastruktur TI"));
        QVERIFY(steps.capacityCheck(id)->available);
        QCOMPARE(steps.capacityCheck(id)->items.size(), 7);
        QCOMPARE(steps.application(id)->domain, QStringLiteral("simpus.cirebonkab.go.id"));
        QVERIFY(steps.approval(id)->approved);
        QCOMPARE(steps.handover(id)->giverName, QStringLiteral("SUMARINAH, S.Kom"));
        QCOMPARE(steps.handover(id)->giverNip, QStringLiteral("197310081992032001"));
        QVERIFY(steps.stepReport(id, SopStep::Completion).ok());
        const auto placements = must(PlacementRepository(m_s.db()).ofRequest(id), "placements");
        QCOMPARE(placements.size(), 2);
        for (const Placement &placement : placements) {
            QCOMPARE(placement.status, PlacementStatus::Active);
            QCOMPARE(placement.ipAddresses.size(), 1);
        }
        QVERIFY(!RackSpace::overlaps({placements[0].firstU, placements[0].heightU},
                                     {placements[1].firstU, placements[1].heightU})
                || placements[0].rackId != placements[1].rackId);
        const auto register_ = must(AssetRepository(m_s.db()).entries({}), "register");
        QCOMPARE(register_.size(), 2);
        QCOMPARE(register_.first().asset.registerNumber, QStringLiteral("AST-2026-0001"));
        QCOMPARE(register_.first().unitName, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(register_.first().spec.ram, QStringLiteral("64 GB"));
        QCOMPARE(actions(id), (QStringList{QStringLiteral("register"), QStringLiteral("dispose"),
                                           QStringLiteral("capacity_check"), QStringLiteral("fill_application"),
                                           QStringLiteral("approve"), QStringLiteral("notify_unit"),
                                           QStringLiteral("deliver"), QStringLiteral("handover"),
                                           QStringLiteral("complete")}));
        const auto history = must(flow().history(id), "history");
        QCOMPARE(history.last().actor, QStringLiteral("admin.dc"));
        QCOMPARE(history.last().at, m_s.clock.now());
        QCOMPARE(valueOf(m_s.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'transition' "
                                               "AND entity_id = CAST(:id AS TEXT)"), id).toInt(), 8);
    }

    void theDossierHoldsEveryStepsRecord()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 5);
        auto partial = flow().dossier(id);
        KOLOKASI_VERIFY_OK(partial);
        QVERIFY(partial->approval.has_value());
        QVERIFY(!partial->handover.has_value());
        QVERIFY(partial->stepReports.isEmpty());
        m_s.driver().advanceTo(id, 9);
        const auto dossier = flow().dossier(id);
        KOLOKASI_VERIFY_OK(dossier);
        QCOMPARE(dossier->unit.name, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(dossier->officer->nip, QStringLiteral("197310081992032001"));
        QVERIFY(dossier->disposition && dossier->capacityCheck && dossier->application &&
                dossier->handover);
        QCOMPARE(dossier->stepReports.keys(),
                 (QList<SopStep>{SopStep::Notification, SopStep::Delivery, SopStep::Completion}));
        QCOMPARE(dossier->servers.size(), 1);
        QCOMPARE(dossier->servers.first().nocName, QStringLiteral("NOC Utama"));
        QCOMPARE(dossier->servers.first().rackName, QStringLiteral("R01"));
        QCOMPARE(dossier->servers.first().placement->status, PlacementStatus::Active);
        QCOMPARE(dossier->history.size(), 9);
        QVERIFY(!dossier->withdrawal.has_value());
        QVERIFY(!flow().dossier(4242).ok());
    }

    void notAvailableCapacityClosesTheRequest()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 2);
        const auto check = flow().checkCapacity(id, {false, QStringLiteral("UPS penuh")});
        KOLOKASI_VERIFY_OK(check);
        QVERIFY(!check->available);
        QCOMPARE(request(id).status, RequestStatus::ClosedNoCapacity);
        QCOMPARE(request(id).closeReason, QStringLiteral("UPS penuh"));
        verifyRefused(flow().fillApplication(id, m_s.driver().application()), "request_closed", "status");
    }

    void aVerdictAgainstTheComputedCapacityNeedsANote()
    {
        // 100 public IPs do not fit in a /28
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter({makeServer(QStringLiteral("srv"))}, 100));
        m_s.driver().advanceTo(id, 2);
        const auto refused = flow().checkCapacity(id, {true, {}});
        verifyRefused(statusOf(refused), "note_required", "note");
        QCOMPARE(request(id).step, SopStep::Disposition);
        const auto check = flow().checkCapacity(id, {false, {}});
        KOLOKASI_VERIFY_OK(check);
        QVERIFY(!check->items.last().available);
        QCOMPARE(check->items.last().resource, QStringLiteral("public_ip"));
        QCOMPARE(request(id).status, RequestStatus::ClosedNoCapacity);
    }

    void aRejectionClosesTheRequestWithItsReasons()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        Approval rejection;
        rejection.approved = false;
        rejection.reasons = QStringLiteral("Aplikasi belum lolos uji keamanan");
        KOLOKASI_VERIFY_OK(flow().decide(id, rejection));
        QCOMPARE(request(id).status, RequestStatus::ClosedRejected);
        QCOMPARE(request(id).step, SopStep::Approval);
        QCOMPARE(request(id).closeReason, QStringLiteral("Aplikasi belum lolos uji keamanan"));
        QVERIFY(!StepRepository(m_s.db()).approval(id)->approved);
        QVERIFY(must(PlacementRepository(m_s.db()).ofRequest(id), "placements").isEmpty());
        verifyRefused(flow().notifyUnit(id), "request_closed", "status");
    }

    void aRejectionNeedsReasons()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        Approval rejection;
        rejection.approved = false;
        verifyRefused(flow().decide(id, rejection), "required", "reasons");
    }

    void aCancellationBeforeHandoverFreesTheReservation()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 7);
        verifyRefused(flow().cancel(id, {}), "required", "reason");
        KOLOKASI_VERIFY_OK(flow().cancel(id, QStringLiteral("Unit membatalkan permohonan")));
        QCOMPARE(request(id).status, RequestStatus::ClosedCancelled);
        QCOMPARE(request(id).step, SopStep::Delivery);
        const auto placements = must(PlacementRepository(m_s.db()).ofRequest(id), "placements");
        QCOMPARE(placements.first().status, PlacementStatus::Released);
        QCOMPARE(actions(id).last(), QStringLiteral("cancel"));
    }

    void aHandedOverRequestCannotBeCancelled()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 8);
        verifyRefused(flow().cancel(id, QStringLiteral("terlambat")), "too_late_to_cancel", "step");
        QCOMPARE(request(id).status, RequestStatus::Open);
    }

    void stepsGoOnlyForwardInOrder()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        verifyRefused(flow().fillApplication(id, m_s.driver().application()), "wrong_step", "step");
        m_s.driver().advanceTo(id, 3);
        verifyRefused(flow().dispose(id, {0, {}, QStringLiteral("lagi"), {}, 0}), "wrong_step", "step");
        verifyRefused(flow().handOver(id, m_s.driver().handover(id)), "wrong_step", "step");
        verifyRefused(flow().reportCompletion(id), "wrong_step", "step");
        QCOMPARE(request(id).step, SopStep::CapacityCheck);
    }

    void twoAdminsCannotDoTheSameStepTwice()
    {
        // GIVEN a request at step 4 and a second admin with its own connection
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        auto second = m_s.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        const Approval approval = m_s.driver().approval(id);

        // WHEN both approve it, one after the other, from what they saw before
        KOLOKASI_VERIFY_OK(flow().decide(id, approval));
        const Status again = RequestWorkflow(*second.value()).decide(id, approval);

        // THEN the second is refused and the first approval stands alone
        verifyRefused(again, "wrong_step", "step");
        QCOMPARE(request(id).step, SopStep::Approval);
        QCOMPARE(actions(id).count(QStringLiteral("approve")), 1);
    }

    void twoAdminsCannotPlaceTwoServersInTheSameUnits()
    {
        // GIVEN two requests at step 4, each proposed the same free units before either is approved
        const qint64 first = m_s.driver().registerLetter(m_s.driver().letter());
        const qint64 other = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(first, 4);
        m_s.driver().advanceTo(other, 4);
        Approval firstApproval = m_s.driver().approval(first);
        Approval otherApproval = m_s.driver().approval(other);
        QCOMPARE(otherApproval.blocks.first().rackId, firstApproval.blocks.first().rackId);
        QCOMPARE(otherApproval.blocks.first().firstU, firstApproval.blocks.first().firstU);
        otherApproval.blocks.first().ipAddresses = firstApproval.blocks.first().ipAddresses;
        auto second = m_s.openSecondSession();
        KOLOKASI_VERIFY_OK(second);

        // WHEN the first admin approves, then the second approves from its stale proposal
        KOLOKASI_VERIFY_OK(flow().decide(first, firstApproval));
        const Status clash = RequestWorkflow(*second.value()).decide(other, otherApproval);

        // THEN the second is refused: the rules are checked again inside its transaction
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error().code == QLatin1String("overlap") || clash.error().code == QLatin1String("duplicate"),
                 qPrintable(clash.error().code));
        QCOMPARE(request(other).step, SopStep::Application);
    }

    void twoAdminsApprovingAtTheSameMomentDoNotShareUnits()
    {
        // GIVEN two requests proposed the same units, and two admins at two PCs
        const qint64 ids[2] = {m_s.driver().registerLetter(m_s.driver().letter()),
                               m_s.driver().registerLetter(m_s.driver().letter())};
        m_s.driver().advanceTo(ids[0], 4);
        m_s.driver().advanceTo(ids[1], 4);
        Approval approvals[2] = {m_s.driver().approval(ids[0]), m_s.driver().approval(ids[1])};
        approvals[1].blocks.first().ipAddresses.clear();
        approvals[0].blocks.first().ipAddresses.clear();
        const DatabaseLocation location = m_s.db().location();

        // WHEN both approve at once, each in its own thread and connection
        QStringList outcome = test::runTogether([&](int index) {
            auto db = Database::open(location, Database::OpenMode::ExistingOnly, m_s.clock);
            const Status decided = db.ok() ? RequestWorkflow(*db.value()).decide(ids[index], approvals[index])
                                           : Status(db.error());
            return decided.ok() ? QStringLiteral("ok") : decided.error().code;
        });

        // THEN one is approved and the other refused for the overlap
        outcome.sort();
        QCOMPARE(outcome, QStringList({QStringLiteral("ok"), QStringLiteral("overlap")}));
    }

    void approvalNeedsACompleteApplication()
    {
        // GIVEN an officer without NIP named on the pengajuan
        const Officer noNip = must(UnitRepository(m_s.db()).createOfficer(
                                           {0, m_s.dc.unit.id, QStringLiteral("BUDI"), {}, {}, {}, {}, 0}),
                                   "officer");
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application();
        form.officerId = noNip.id;
        KOLOKASI_VERIFY_OK(flow().fillApplication(id, form));
        // WHEN the head of division approves THEN the incomplete form is named
        verifyRefused(flow().decide(id, m_s.driver().approval(id)), "application_incomplete",
                      "nip");
        QCOMPARE(request(id).step, SopStep::Application);
        QVERIFY(!StepRepository(m_s.db()).approval(id).ok());
    }

    void aPppkOfficerCompletesTheApplication()
    {
        // GIVEN a contract employee (PPPK) named on the pengajuan: digits 13-14 are no month
        Officer contract;
        contract.unitId = m_s.dc.unit.id;
        contract.name = QStringLiteral("RIZKY FAUZAN, S.Kom");
        contract.nip = QStringLiteral("199203152021212001");
        contract.kind = EmployeeKind::Pppk;
        const Officer officer = must(UnitRepository(m_s.db()).createOfficer(contract), "officer");
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application();
        form.officerId = officer.id;
        KOLOKASI_VERIFY_OK(flow().fillApplication(id, form));
        // WHEN the head of division approves THEN the application is complete
        KOLOKASI_VERIFY_OK(flow().decide(id, m_s.driver().approval(id)));
        QVERIFY(StepRepository(m_s.db()).approval(id).ok());
    }

    void theApplicationFieldsAreValidated_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("phone") << QStringLiteral("contact_phone") << QString();
        QTest::newRow("domain") << QStringLiteral("domain") << QString();
        QTest::newRow("validity") << QStringLiteral("valid_until") << QStringLiteral("required");
        QTest::newRow("address") << QStringLiteral("unit_address") << QStringLiteral("required");
        QTest::newRow("officer") << QStringLiteral("officer") << QStringLiteral("required");
    }

    void theApplicationFieldsAreValidated()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application();
        if (field == QLatin1String("contact_phone"))
            form.contactPhone = QStringLiteral("12");
        else if (field == QLatin1String("domain"))
            form.domain = QStringLiteral("not a domain");
        else if (field == QLatin1String("valid_until"))
            form.permanent = false;
        else if (field == QLatin1String("unit_address"))
            form.unitAddress.clear();
        else
            form.officerId = 0;
        const Status refused = flow().fillApplication(id, form);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        if (!code.isEmpty())
            QCOMPARE(refused.error().code, code);
    }

    void handoverNeedsAnApproval()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        verifyRefused(flow().handOver(id, m_s.driver().handover(id)), "wrong_step", "step");
        // Even a request moved to step 7 by other means (an import, a broken edit) is refused.
        KOLOKASI_VERIFY_OK(Query(m_s.db(), QStringLiteral("UPDATE requests SET step = 7 WHERE id = :id"))
                                   .bind(QStringLiteral(":id"), id).exec());
        verifyRefused(flow().handOver(id, m_s.driver().handover(id)), "approval_missing", "approval");
    }

    void completionNeedsTheHandover()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 7);
        verifyRefused(flow().reportCompletion(id), "wrong_step", "step");
        KOLOKASI_VERIFY_OK(Query(m_s.db(), QStringLiteral("UPDATE requests SET step = 8 WHERE id = :id"))
                                   .bind(QStringLiteral(":id"), id).exec());
        verifyRefused(flow().reportCompletion(id), "handover_missing", "handover");
        QCOMPARE(request(id).status, RequestStatus::Open);
    }

    void approvalNeedsABlockForEveryServer()
    {
        const qint64 id = m_s.driver().registerLetter(
                m_s.driver().letter({makeServer(QStringLiteral("a")), makeServer(QStringLiteral("b"))}));
        m_s.driver().advanceTo(id, 4);
        Approval approval = m_s.driver().approval(id);
        approval.blocks.removeLast();
        verifyRefused(flow().decide(id, approval), "placement_missing", "servers.2");
        QVERIFY(must(PlacementRepository(m_s.db()).ofRequest(id), "placements").isEmpty());
    }

    void aSpecDifferenceNeedsANoteAtHandover()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 7);
        Handover handover = m_s.driver().handover(id);
        handover.servers.first().spec.ram = QStringLiteral("32 GB");
        const Status refused = flow().handOver(id, handover);
        verifyRefused(refused, "spec_mismatch", "servers.1.ram");
        QVERIFY(refused.error().message.contains(QLatin1String("srv-simpus")));
        QCOMPARE(request(id).step, SopStep::Delivery);
        QVERIFY(must(AssetRepository(m_s.db()).entries({}), "assets").isEmpty());

        handover.servers.first().spec.mismatchNote = QStringLiteral("RAM 32 GB disetujui, ditambah bulan depan");
        KOLOKASI_VERIFY_OK(flow().handOver(id, handover));
        const Server server = must(ServerRepository(m_s.db()).serversOf(id), "servers").first();
        QCOMPARE(server.delivered->ram, QStringLiteral("32 GB"));
        QCOMPARE(server.delivered->mismatchNote, QStringLiteral("RAM 32 GB disetujui, ditambah bulan depan"));
        QCOMPARE(must(AssetRepository(m_s.db()).entries({}), "assets").first().spec.ram, QStringLiteral("32 GB"));
    }

    void theHandoverNamesTheOfficersFromThePengajuanAndSettings()
    {
        KOLOKASI_VERIFY_OK(SettingsService(m_s.db()).saveSignatory(
                {Signatory::kDataCentreOfficer, QStringLiteral("AHMAD FAUZI, S.T."), QStringLiteral("198505122010011004"),
                 QStringLiteral("Personil Data Center")}));
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 7);
        Handover handover = m_s.driver().handover(id);
        handover.receiverName.clear();
        handover.receiverNip.clear();
        KOLOKASI_VERIFY_OK(flow().handOver(id, handover));
        const Handover stored = must(StepRepository(m_s.db()).handover(id), "handover");
        QCOMPARE(stored.giverName, QStringLiteral("SUMARINAH, S.Kom"));
        QCOMPARE(stored.receiverName, QStringLiteral("AHMAD FAUZI, S.T."));
        QCOMPARE(stored.receiverNip, QStringLiteral("198505122010011004"));
    }

    void theHandoverNeedsAReceiver()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 7);
        Handover handover = m_s.driver().handover(id);
        handover.receiverName.clear();
        verifyRefused(flow().handOver(id, handover), "required", "receiver_name");
    }

    void aCorrectionIsRecordedWithOldAndNewValue()
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 6);
        const int version = StepRepository(m_s.db()).application(id)->rowVersion;
        m_s.clock.advanceSecs(60);
        const auto event = flow().correct({id, QStringLiteral("application.domain"), 0,
                                           QStringLiteral("SimPus2.cirebonkab.go.id."),
                                           QStringLiteral("Salah ketik pada surat"), version});
        KOLOKASI_VERIFY_OK(event);
        QCOMPARE(StepRepository(m_s.db()).application(id)->domain, QStringLiteral("simpus2.cirebonkab.go.id"));
        const RequestEvent last = must(flow().history(id), "history").last();
        QCOMPARE(last.action, QStringLiteral("correction"));
        QCOMPARE(last.step, SopStep::Application);
        QCOMPARE(last.field, QStringLiteral("application.domain"));
        QCOMPARE(last.oldValue, QStringLiteral("simpus.cirebonkab.go.id"));
        QCOMPARE(last.newValue, QStringLiteral("simpus2.cirebonkab.go.id"));
        QCOMPARE(last.reason, QStringLiteral("Salah ketik pada surat"));
        QCOMPARE(last.actor, QStringLiteral("admin.dc"));
        QCOMPARE(last.at, m_s.clock.now());
        QCOMPARE(request(id).step, SopStep::Notification);

        // The screen that still shows the old version is refused, not silently overwritten.
        const auto stale = flow().correct({id, QStringLiteral("application.domain"), 0,
                                           QStringLiteral("simpus3.cirebonkab.go.id"), QStringLiteral("lagi"), version});
        verifyRefused(statusOf(stale), "stale", "application.domain");
    }

    void aCorrectionIsRefusedWhenItCannotApply_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("no reason") << "request.subject" << "Baru" << "" << "required" << "reason";
        QTest::newRow("unknown field") << "requests.status" << "completed" << "x" << "unknown_field" << "field";
        QTest::newRow("step not reached") << "handover.giver_name" << "X" << "x" << "not_yet_entered"
                                          << "handover.giver_name";
        QTest::newRow("unchanged") << "disposition.to_whom" << "Seksi Infrastruktur TI" << "x" << "unchanged"
                                   << "disposition.to_whom";
        QTest::newRow("invalid phone") << "application.contact_phone" << "abc" << "x" << "invalid_value"
                                       << "application.contact_phone";
        QTest::newRow("blank required") << "request.subject" << " " << "x" << "required" << "request.subject";
    }

    void aCorrectionIsRefusedWhenItCannotApply()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        QFETCH(QString, errorField);
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        const auto refused = flow().correct({id, field, 0, value, reason, 0});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, errorField);
        if (code != QLatin1String("invalid_value"))
            QCOMPARE(refused.error().code, code);
    }

    void aPlacementSerialCanBeCorrectedButStaysUnique()
    {
        const qint64 first = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(first, 5);
        const qint64 second = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(second, 5);
        const Placement a = must(PlacementRepository(m_s.db()).ofRequest(first), "a").first();
        const Placement b = must(PlacementRepository(m_s.db()).ofRequest(second), "b").first();
        const auto duplicate = flow().correct({second, QStringLiteral("placement.serial_number"), b.id, a.serialNumber,
                                               QStringLiteral("S/N dari label"), 0});
        verifyRefused(statusOf(duplicate), "duplicate", "placement.serial_number");
        KOLOKASI_VERIFY_OK(flow().correct({second, QStringLiteral("placement.serial_number"), b.id,
                                           QStringLiteral("CN7X2K3"), QStringLiteral("S/N dari label"), 0}));
        QCOMPARE(must(PlacementRepository(m_s.db()).find(b.id), "b").serialNumber, QStringLiteral("CN7X2K3"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
