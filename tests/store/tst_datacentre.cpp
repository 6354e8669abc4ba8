// Keeping the data centre up (Pusat Data), on both engines: every update of a NOC, rack,
// facility resource or IP pool names the row_version it read (a second admin's newer change
// is refused as stale); racks and pools are never shrunk below what live placements use,
// nor retired while in use, and the refusal names the placements; retiring keeps history.
#include "../workflow/WorkflowFixture.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "domain/InUseLimits.h"
#include "store/AuditLog.h"
#include "workflow/RequestDossierReader.h"

#include <QtTest>

#include <limits>

using namespace kolokasi;
using namespace kolokasi::test;

class TestDataCentre : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    DataCentreService rooms() { return DataCentreService(m_s.db()); }
    FacilityService facility() { return FacilityService(m_s.db()); }
    Rack rack(int index) { return must(rooms().findRack(m_s.dc.racks[index].id), "rack"); }
    IpPool publicPool() { return must(facility().findPool(m_s.dc.publicPool.id), "pool"); }

    /// A request approved into rack `rackIndex` at U firstU..firstU+1 (400 W, 103.20.30.1):
    /// a reserved placement.
    qint64 placeAt(int rackIndex, int firstU)
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        Approval approval = m_s.driver().approval(id);
        approval.blocks.first().rackId = m_s.dc.racks[rackIndex].id;
        approval.blocks.first().firstU = firstU;
        approval.blocks.first().ipAddresses = {QStringLiteral("103.20.30.1")};
        approval.blocks.first().overrideNote = QStringLiteral("Dekat panel daya");
        must(m_s.flow().decide(id, approval), "approval");
        return id;
    }

    QString lastAuditAction() { return must(AuditLog(m_s.db()).latest(1), "audit").first().action; }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start(2, 2000)); }
    void cleanup() { m_s.stop(); }

    void updatingARackBumpsItsVersionAndIsLogged()
    {
        Rack edited = rack(0);
        edited.name = QStringLiteral("R01-A");
        edited.position = QStringLiteral("Baris A-1");
        edited.heightU = 45;
        edited.powerBudgetW = 3500;
        const auto saved = rooms().updateRack(edited);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->rowVersion, edited.rowVersion + 1);
        QCOMPARE(rack(0).position, QStringLiteral("Baris A-1"));
        QCOMPARE(rack(0).heightU, 45);
        const auto entry = must(AuditLog(m_s.db()).latest(1), "audit").first();
        QCOMPARE(entry.action, QStringLiteral("update"));
        QCOMPARE(entry.entity, QStringLiteral("rack"));
        QVERIFY(entry.details.contains(QLatin1String("height_u 42 -> 45")));
    }

    void aStaleRackUpdateBySecondAdminIsRefused()
    {
        // GIVEN two admins who read R01 at the same version
        const Rack read = rack(0);
        auto second = m_s.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        Rack theirs = read;
        theirs.powerBudgetW = 2500;
        // WHEN the second admin saves first
        KOLOKASI_VERIFY_OK(DataCentreService(**second).updateRack(theirs));
        Rack mine = read;
        mine.powerBudgetW = 1500;
        // THEN the first admin's save is refused, and the second admin's value stays
        const auto refused = rooms().updateRack(mine);
        verifyRefused(statusOf(refused), "stale", "");
        QVERIFY(refused.error().message.contains(QLatin1String("reload")));
        QCOMPARE(rack(0).powerBudgetW, 2500);
    }

    void aRackIsNotLoweredBelowItsHighestUnitInUse()
    {
        placeAt(0, 30);
        Rack lower = rack(0);
        lower.heightU = 30;
        const auto refused = rooms().updateRack(lower);
        verifyRefused(statusOf(refused), "in_use", "height_u");
        QVERIFY2(refused.error().message.contains(QLatin1String("srv-simpus")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("U 30-31")));
        QVERIFY(refused.error().message.contains(QLatin1String("Dinkes")));
        QCOMPARE(rack(0).heightU, 42);
        lower.heightU = 31; // the placement's top unit: allowed
        KOLOKASI_VERIFY_OK(rooms().updateRack(lower));
    }

    void aRackKeepsPowerForWhatIsPlacedInIt()
    {
        placeAt(0, 1);
        Rack lower = rack(0);
        lower.powerBudgetW = 300;
        const auto refused = rooms().updateRack(lower);
        verifyRefused(statusOf(refused), "in_use", "power_budget_w");
        QVERIFY(refused.error().message.contains(QLatin1String("400 W")));
        QVERIFY(refused.error().message.contains(QLatin1String("srv-simpus")));
        lower.powerBudgetW = 400;
        KOLOKASI_VERIFY_OK(rooms().updateRack(lower));
    }

    void aRackInUseIsNotRetired()
    {
        placeAt(0, 1);
        const auto refused = rooms().retireRack(rack(0).id, rack(0).rowVersion);
        verifyRefused(statusOf(refused), "in_use", "");
        QVERIFY(refused.error().message.contains(QLatin1String("srv-simpus")));
        QVERIFY(!rack(0).isRetired());
    }

    void retiringKeepsHistoryAndLeavesPlanning()
    {
        // GIVEN a request once placed in R02 and then cancelled (its placement released)
        const qint64 cancelled = placeAt(1, 5);
        KOLOKASI_VERIFY_OK(m_s.flow().cancel(cancelled, QStringLiteral("Unit membatalkan")));
        const int racksBefore =
            valueOf(m_s.db(), QStringLiteral("SELECT COUNT(*) FROM racks WHERE id > :id"), 0)
                .toInt();
        // WHEN R02 is retired
        const auto retired = rooms().retireRack(rack(1).id, rack(1).rowVersion);
        KOLOKASI_VERIFY_OK(retired);
        QVERIFY(retired->isRetired());
        QCOMPARE(lastAuditAction(), QStringLiteral("retire"));
        // THEN the row stays, the old request still names it, and it drops out of planning
        QCOMPARE(valueOf(m_s.db(), QStringLiteral("SELECT COUNT(*) FROM racks WHERE id > :id"), 0)
                     .toInt(),
                 racksBefore);
        const auto dossier = RequestDossierReader(m_s.db()).read(cancelled);
        KOLOKASI_VERIFY_OK(dossier);
        QCOMPARE(dossier->servers.first().rackName, QStringLiteral("R02"));
        QCOMPARE(rooms().allRacks()->size(), 1);
        QCOMPARE(rooms().allRacks(Listing::WithRetired)->size(), 2);
        QCOMPARE(rooms().racksOf(m_s.dc.noc.id)->size(), 1);
        const auto snapshot = CapacityCalculator(m_s.db()).snapshot();
        KOLOKASI_VERIFY_OK(snapshot);
        QCOMPARE(snapshot->racks.size(), 1);
        // AND a new placement into it is refused; a retired rack is not edited either
        const qint64 next = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(next, 4);
        Approval approval = m_s.driver().approval(next);
        approval.blocks.first().rackId = rack(1).id;
        verifyRefused(m_s.flow().decide(next, approval), "retired", "servers.1.rack");
        verifyRefused(statusOf(rooms().updateRack(rack(1))), "retired", "");
    }

    void aNocIsRetiredOnlyAfterItsRacks()
    {
        const Noc noc = must(rooms().findNoc(m_s.dc.noc.id), "noc");
        const auto refused = rooms().retireNoc(noc.id, noc.rowVersion);
        verifyRefused(statusOf(refused), "in_use", "");
        QVERIFY(refused.error().message.contains(QLatin1String("R01, R02")));
        for (int i = 0; i < 2; ++i)
            KOLOKASI_VERIFY_OK(rooms().retireRack(rack(i).id, rack(i).rowVersion));
        KOLOKASI_VERIFY_OK(rooms().retireNoc(noc.id, noc.rowVersion));
        QVERIFY(rooms().nocs()->isEmpty());
        QCOMPARE(rooms().nocs(Listing::WithRetired)->size(), 1);
        QVERIFY(!rooms().createRack({0, noc.id, QStringLiteral("R09"), 42, 0, 0, {}, {}}).ok());
    }

    void updatingANocIsVersioned()
    {
        Noc noc = must(rooms().findNoc(m_s.dc.noc.id), "noc");
        noc.location = QStringLiteral("Lantai 3");
        const auto saved = rooms().updateNoc(noc);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->location, QStringLiteral("Lantai 3"));
        verifyRefused(statusOf(rooms().updateNoc(noc)), "stale", ""); // the old version again
    }

    void aPoolIsNotNarrowedAroundAnAddressInUse()
    {
        placeAt(0, 1); // holds 103.20.30.1
        IpPool narrower = publicPool();
        narrower.cidr = QStringLiteral("103.20.30.8/29");
        const auto refused = facility().updatePool(narrower);
        verifyRefused(statusOf(refused), "in_use", "cidr");
        QVERIFY(refused.error().message.contains(QLatin1String("103.20.30.1")));
        QVERIFY(refused.error().message.contains(QLatin1String("srv-simpus")));
        QCOMPARE(publicPool().cidr, QStringLiteral("103.20.30.0/28"));

        IpPool gatewayInUse = publicPool();
        gatewayInUse.gateway = QStringLiteral("103.20.30.1");
        verifyRefused(statusOf(facility().updatePool(gatewayInUse)), "in_use", "gateway");

        IpPool wider = publicPool();
        wider.cidr = QStringLiteral("103.20.30.0/27");
        wider.gateway = QStringLiteral("103.20.30.30");
        wider.note = QStringLiteral("ISP Utama");
        const auto saved = facility().updatePool(wider);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->rowVersion, wider.rowVersion + 1);
        QCOMPARE(saved->gateway, QStringLiteral("103.20.30.30"));
        verifyRefused(statusOf(facility().updatePool(wider)), "stale", "");
    }

    void aPoolInUseIsNotRetired()
    {
        placeAt(0, 1);
        const auto refused = facility().retirePool(publicPool().id, publicPool().rowVersion);
        verifyRefused(statusOf(refused), "in_use", "");
        QVERIFY(refused.error().message.contains(QLatin1String("103.20.30.1")));
        const IpPool lan = facility().pools()->last();
        KOLOKASI_VERIFY_OK(facility().retirePool(lan.id, lan.rowVersion));
        QCOMPARE(facility().pools()->size(), 1);
        QCOMPARE(facility().pools(Listing::WithRetired)->size(), 2);
    }

    void aPoolsGatewayIsNeverFree()
    {
        IpPool pool = publicPool();
        pool.gateway = QStringLiteral("103.20.30.14");
        KOLOKASI_VERIFY_OK(facility().updatePool(pool));
        const auto snapshot = CapacityCalculator(m_s.db()).snapshot();
        KOLOKASI_VERIFY_OK(snapshot);
        QCOMPARE(snapshot->freePublicAddresses.size(), 13); // .1 to .14 less the gateway
        for (const FreeAddress &free : snapshot->freePublicAddresses)
            QVERIFY(free.address != QLatin1String("103.20.30.14"));
    }

    void aPoolsGatewayIsNotGivenToAServer()
    {
        IpPool pool = publicPool();
        pool.gateway = QStringLiteral("103.20.30.1");
        KOLOKASI_VERIFY_OK(facility().updatePool(pool));
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(id, 4);
        Approval approval = m_s.driver().approval(id);
        QVERIFY(!approval.blocks.first().ipAddresses.contains(
            QStringLiteral("103.20.30.1"))); // never proposed
        approval.blocks.first().ipAddresses = {QStringLiteral("103.20.30.1")};
        approval.blocks.first().overrideNote = QStringLiteral("Alamat pilihan unit");
        verifyRefused(m_s.flow().decide(id, approval), "gateway", "servers.1.ip_address");
    }

    void poolInputIsChecked_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a network") << "103.20.31"
                                       << ""
                                       << "cidr_invalid"
                                       << "cidr";
        QTest::newRow("gateway outside") << "103.20.31.0/28"
                                         << "103.20.32.1"
                                         << "invalid_value"
                                         << "gateway";
        QTest::newRow("gateway malformed") << "103.20.31.0/28"
                                           << "103.20.31.300"
                                           << "ip_invalid"
                                           << "gateway";
        QTest::newRow("overlaps a pool") << "103.20.30.0/24"
                                         << ""
                                         << "overlap"
                                         << "cidr";
    }

    void poolInputIsChecked()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto refused =
            facility().createPool({0, QStringLiteral("Baru"), cidr, true, gateway, {}, 0, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        QCOMPARE(refused.error().code, code);
    }

    void facilityResourcesAreEditedAndRetired()
    {
        const FacilityResource ups = facility().resources()->constFirst();
        QCOMPARE(ups.kind, QStringLiteral("bandwidth")); // by kind, then name
        FacilityResource more = ups;
        more.capacity = 1500;
        more.kind = QStringLiteral("ups"); // the kind never changes
        const auto saved = facility().updateResource(more);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->kind, QStringLiteral("bandwidth"));
        QCOMPARE(*facility().totalCapacity(QStringLiteral("bandwidth")), 1500.0);
        verifyRefused(statusOf(facility().updateResource(more)), "stale", "");
        KOLOKASI_VERIFY_OK(facility().retireResource(saved->id, saved->rowVersion));
        QCOMPARE(*facility().totalCapacity(QStringLiteral("bandwidth")), 0.0);
        QCOMPARE(facility().resources()->size(), 2);
        QCOMPARE(facility().resources(Listing::WithRetired)->size(), 3);
        verifyRefused(statusOf(facility().createResource(
                          {0, QStringLiteral("solar"), QStringLiteral("PLTS"), 5, 0, {}})),
                      "invalid_value", "kind");
    }

    void freeAddressesLeaveOutTheGatewayAndWhatIsUsed_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<int>("used");
        QTest::addColumn<quint64>("free");
        QTest::newRow("/28 with gateway") << "103.20.30.0/28"
                                          << "103.20.30.14" << 3 << quint64(10);
        QTest::newRow("/25 without gateway") << "103.162.16.0/25"
                                             << "" << 0 << quint64(125); // the first held back
        QTest::newRow("/31 point to point") << "103.20.30.0/31"
                                            << "" << 1 << quint64(0); // the other is the router's
        QTest::newRow("/32 single") << "103.20.30.7/32"
                                    << "" << 0 << quint64(1);
        QTest::newRow("IPv6 /64") << "2001:db8::/64"
                                  << "2001:db8::1" << 5 << std::numeric_limits<quint64>::max();
        QTest::newRow("IPv6 /120") << "2001:db8::/120"
                                   << "" << 6 << quint64(249);
        QTest::newRow("all used") << "103.20.30.0/30"
                                  << "103.20.30.1" << 5 << quint64(0);
    }

    void freeAddressesLeaveOutTheGatewayAndWhatIsUsed()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(int, used);
        QFETCH(quint64, free);
        QCOMPARE(InUseLimits::freeAddresses(
                     {0, QStringLiteral("P"), cidr, true, gateway, {}, 0, {}}, used),
                 free);
    }

    void aOneUnitServerIsNamedByItsUnit()
    {
        const Holding holding{1,
                              QStringLiteral("srv-dns"),
                              QStringLiteral("AST-2026-0001"),
                              QStringLiteral("Dinkes"),
                              7,
                              1,
                              200,
                              {}};
        QCOMPARE(InUseLimits::describe(holding),
                 QStringLiteral("srv-dns (AST-2026-0001, Dinkes, U 7)"));
    }

    void manyHoldingsAreNamedBriefly()
    {
        QList<Holding> holdings;
        for (int i = 1; i <= 6; ++i)
            holdings.append(
                {i, QStringLiteral("srv-%1").arg(i), {}, QStringLiteral("Dinkes"), i, 1, 100, {}});
        const QString text = InUseLimits::describe(holdings);
        QVERIFY(text.contains(QLatin1String("srv-4")));
        QVERIFY(!text.contains(QLatin1String("srv-5")));
        QVERIFY(text.contains(QLatin1String("2")));
    }
};

QTEST_GUILESS_MAIN(TestDataCentre)
#include "tst_datacentre.moc"
