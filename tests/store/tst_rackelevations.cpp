// PrintDataRepository::rackElevations: the racks of a NOC with what sits in them, in one query,
// with what the rak printout and the Rak page need (ids, register number, validity, power).
#include "../workflow/WorkflowFixture.h"
#include "TestEnvironment.h"
#include "store/PrintDataRepository.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestRackElevations : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    QList<RackElevation> elevations()
    {
        return must(PrintDataRepository(m_s.db()).rackElevations(QStringLiteral("NOC Utama"), {}),
                    "elevations");
    }

    qint64 requestAt(int step, const QList<Server> &servers)
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter(servers));
        m_s.driver().advanceTo(id, step);
        return id;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start(3, 2000)); }
    void cleanup() { m_s.stop(); }

    void everyRackComesWithItsInstalledAndReservedServers()
    {
        // GIVEN an installed request (two servers) and an approved one not yet installed
        const qint64 installed = requestAt(9, {makeServer(QStringLiteral("srv-a"), 2, 450),
                                               makeServer(QStringLiteral("srv-b"), 1, 300)});
        const qint64 reserved = requestAt(5, {makeServer(QStringLiteral("srv-c"), 3, 500)});

        // WHEN the NOC's elevations are read
        const QList<RackElevation> racks = elevations();

        // THEN every rack is there, the empty ones too, in name order with their ids
        QCOMPARE(racks.size(), 3);
        for (int i = 0; i < racks.size(); ++i) {
            QCOMPARE(racks[i].rackId, m_s.dc.racks[i].id);
            QCOMPARE(racks[i].rack, m_s.dc.racks[i].name);
            QCOMPARE(racks[i].powerBudgetW, 2000);
        }
        QList<RackSlot> placed;
        for (const RackElevation &rack : racks)
            placed += rack.occupants;
        QCOMPARE(placed.size(), 3);
        for (const RackSlot &slot : placed) {
            const QVariant assetId =
                valueOf(m_s.db(), QStringLiteral("SELECT id FROM assets WHERE placement_id = :id"),
                        slot.placementId);
            if (slot.serverName == QLatin1String("srv-c")) {
                QCOMPARE(slot.status, QStringLiteral("reserved"));
                QCOMPARE(slot.requestId, reserved);
                QCOMPARE(slot.assetId, 0);
                QVERIFY(slot.registerNumber.isEmpty());
                QCOMPARE(slot.powerW, 500);
                QCOMPARE(slot.heightU, 3);
            } else {
                QCOMPARE(slot.status, QStringLiteral("active"));
                QCOMPARE(slot.requestId, installed);
                QCOMPARE(slot.assetId, assetId.toLongLong());
                QVERIFY(slot.registerNumber.startsWith(QStringLiteral("AST-")));
                QCOMPARE(slot.powerW, slot.serverName == QLatin1String("srv-a") ? 450 : 300);
            }
            QVERIFY(!slot.validUntil.isValid()); // permanent
            QCOMPARE(slot.unitName, QStringLiteral("Dinkes"));
        }
        int usedU = 0;
        int usedPowerW = 0;
        for (const RackElevation &rack : racks) {
            usedU += rack.usedU();
            usedPowerW += rack.usedPowerW();
        }
        QCOMPARE(usedU, 2 + 1 + 3);
        QCOMPARE(usedPowerW, 450 + 300 + 500);
        for (const RackElevation &rack : racks) {
            for (int i = 1; i < rack.occupants.size(); ++i) // top first
                QVERIFY(rack.occupants[i - 1].firstU > rack.occupants[i].firstU);
        }
    }

    void theValidityIsTheApplicationsUntilInstalledThenTheAssets()
    {
        // GIVEN a request valid until 30 June 2027, approved
        RequestDriver &driver = m_s.driver();
        const qint64 id = driver.registerLetter(driver.letter());
        driver.advanceTo(id, 3);
        Application application = driver.application();
        application.permanent = false;
        application.validUntil = QDate(2027, 6, 30);
        KOLOKASI_VERIFY_OK(m_s.flow().fillApplication(id, application));
        driver.advanceTo(id, 5);
        auto slotOf = [&] {
            for (const RackElevation &rack : elevations()) {
                if (!rack.occupants.isEmpty())
                    return rack.occupants.first();
            }
            qFatal("no placement");
        };
        QCOMPARE(slotOf().validUntil, QDate(2027, 6, 30));
        QVERIFY(!slotOf().expiredOn(QDate(2027, 6, 30)));
        QVERIFY(slotOf().expiredOn(QDate(2027, 7, 1)));

        // WHEN installed, THEN the asset's validity (the same date) is shown
        driver.advanceTo(id, 9);
        QCOMPARE(slotOf().status, QStringLiteral("active"));
        QCOMPARE(slotOf().validUntil, QDate(2027, 6, 30));
    }
};

QTEST_GUILESS_MAIN(TestRackElevations)
#include "tst_rackelevations.moc"
