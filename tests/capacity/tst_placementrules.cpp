// The placement rules at approval, on both engines: overlap, power budget, unique IP,
// domain and serial number, public IPs inside a public pool; and what capacity sees free.
#include "../workflow/WorkflowFixture.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "capacity/PlacementRules.h"

#include <QtTest>

#include <algorithm>

using namespace kolokasi;
using namespace kolokasi::test;

class TestPlacementRules : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    qint64 m_placed =
        0; // a request approved into R01 U1-2 with 103.20.30.2 (.1 is held back for the router)

    RequestWorkflow flow() { return m_s.flow(); }

    /// A second request at step 4 and an approval for it that the test then breaks.
    std::pair<qint64, Approval> nextApproval(int powerW = 400)
    {
        const qint64 id = m_s.driver().registerLetter(
            m_s.driver().letter({makeServer(QStringLiteral("srv-baru"), 2, powerW)}));
        m_s.driver().advanceTo(id, 3);
        must(flow().fillApplication(
                 id, m_s.driver().application(QStringLiteral("baru.cirebonkab.go.id"))),
             "form");
        return {id, m_s.driver().approval(id)};
    }

    void verifyRefused(qint64 id, const Approval &approval, const char *code, const char *field)
    {
        const Status refused = flow().decide(id, approval);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(code));
        QCOMPARE(refused.error().field, QString::fromLatin1(field));
        QVERIFY(refused.error().message.contains(QLatin1String("srv-baru")));
        QCOMPARE(m_s.driver().currentStep(id), 4);
        // The form's check lists the same problem without writing anything.
        const QList<Error> problems = flow().validateApproval(id, approval);
        QVERIFY(std::any_of(problems.cbegin(), problems.cend(), [&](const Error &e) {
            return e.code == refused.error().code && e.field == refused.error().field;
        }));
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start(2, 1000));
        m_placed = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(m_placed, 5);
    }

    void cleanup() { m_s.stop(); }

    void theFirstPlacementTookTheBottomOfTheFirstRack()
    {
        const Placement placed =
            must(PlacementRepository(m_s.db()).ofRequest(m_placed), "placed").first();
        QCOMPARE(placed.rackId, m_s.dc.racks.first().id);
        QCOMPARE(placed.firstU, 1);
        QCOMPARE(placed.heightU, 2);
        QCOMPARE(placed.ipAddresses, QStringList{QStringLiteral("103.20.30.2")});
        QCOMPARE(placed.status, PlacementStatus::Reserved);
    }

    void theProposalAvoidsTakenUnitsAndAddresses()
    {
        auto [id, approval] = nextApproval();
        QCOMPARE(approval.blocks.first().rackId, m_s.dc.racks.first().id);
        QCOMPARE(approval.blocks.first().firstU, 3);
        QCOMPARE(approval.blocks.first().ipAddresses, QStringList{QStringLiteral("103.20.30.3")});
        KOLOKASI_VERIFY_OK(flow().decide(id, approval));
    }

    void aChangedProposalNeedsANote()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().firstU = 20;
        verifyRefused(id, approval, "override_note_required", "servers.1.override_note");
        approval.blocks.first().overrideNote = QStringLiteral("Diletakkan dekat switch distribusi");
        KOLOKASI_VERIFY_OK(flow().decide(id, approval));
        const Placement placed =
            must(PlacementRepository(m_s.db()).ofRequest(id), "placed").first();
        QCOMPARE(placed.firstU, 20);
        QCOMPARE(placed.overrideNote, QStringLiteral("Diletakkan dekat switch distribusi"));
    }

    void overlappingUnitsAreRefused()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().firstU = 2;
        verifyRefused(id, approval, "overlap", "servers.1.first_u");
    }

    void unitsOutsideTheRackAreRefused()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().firstU = 42;
        verifyRefused(id, approval, "outside_rack", "servers.1.first_u");
    }

    void theRackPowerBudgetNeedsAnOverrideNote()
    {
        // 400 W placed + 700 W > 1000 W budget
        auto [id, approval] = nextApproval(700);
        approval.blocks.first().rackId = m_s.dc.racks.first().id;
        approval.blocks.first().firstU = 10;
        verifyRefused(id, approval, "power_budget_exceeded", "servers.1.override_note");
        approval.blocks.first().overrideNote = QStringLiteral("PSU redundan, beban nyata 350 W");
        KOLOKASI_VERIFY_OK(flow().decide(id, approval));
        QCOMPARE(must(PlacementRepository(m_s.db()).ofRequest(id), "p").first().overrideNote,
                 QStringLiteral("PSU redundan, beban nyata 350 W"));
    }

    void aLiveIpAddressIsNotGivenTwice()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().ipAddresses = {QStringLiteral("103.20.30.2")};
        verifyRefused(id, approval, "duplicate", "servers.1.ip_address");
    }

    void aLiveDomainIsNotGivenTwice()
    {
        const qint64 first = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(first, 4);
        Approval named = m_s.driver().approval(first);
        named.blocks.first().domain = QStringLiteral("simpus.cirebonkab.go.id");
        KOLOKASI_VERIFY_OK(flow().decide(first, named));
        auto [id, approval] = nextApproval();
        approval.blocks.first().domain = QStringLiteral("SIMPUS.cirebonkab.go.id");
        verifyRefused(id, approval, "duplicate", "servers.1.domain");
    }

    void aLiveSerialNumberIsNotGivenTwice()
    {
        const QString serial =
            must(PlacementRepository(m_s.db()).ofRequest(m_placed), "p").first().serialNumber;
        auto [id, approval] = nextApproval();
        approval.blocks.first().serialNumber = serial;
        verifyRefused(id, approval, "duplicate", "servers.1.serial_number");
    }

    void aPublicIpOutsideThePublicPoolsIsRefused()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().ipAddresses = {QStringLiteral("8.8.8.8")};
        verifyRefused(id, approval, "ip_outside_pool", "servers.1.ip_address");
    }

    void anInvalidIpIsRefused()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().ipAddresses = {QStringLiteral("103.20.30.300")};
        verifyRefused(id, approval, "ip_invalid", "servers.1.ip_address");
    }

    void aPrivateAddressNeedsNoPublicPool()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().ipAddresses = {QStringLiteral("10.10.0.5"),
                                               QStringLiteral("192.168.1.20")};
        KOLOKASI_VERIFY_OK(flow().decide(id, approval));
        QVERIFY(!PlacementRules::isPublic(QStringLiteral("172.20.1.1")));
        QVERIFY(PlacementRules::isPublic(QStringLiteral("103.20.30.5")));
    }

    void everyProblemOfABlockIsListedAtOnce()
    {
        // GIVEN a block with overlapping units, a taken serial number and an invalid address
        auto [id, approval] = nextApproval();
        const Placement placed =
            must(PlacementRepository(m_s.db()).ofRequest(m_placed), "placed").first();
        PlacementBlock &block = approval.blocks.first();
        block.rackId = placed.rackId;
        block.firstU = placed.firstU;
        block.serialNumber = placed.serialNumber;
        block.overrideNote = QStringLiteral("dipindah");
        block.ipAddresses = {QStringLiteral("10.10.0.300")};
        // WHEN the form is checked
        const QList<Error> problems = flow().validateApproval(id, approval);
        // THEN each bad field of the server's row is named, and nothing was written
        QStringList fields;
        for (const Error &e : problems)
            fields.append(e.field);
        QVERIFY2(fields.contains(QStringLiteral("servers.1.first_u")),
                 qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("servers.1.ip_address")),
                 qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(QStringLiteral("servers.1.serial_number")),
                 qPrintable(fields.join(u',')));
        QCOMPARE(m_s.driver().currentStep(id), 4);
        QVERIFY(must(PlacementRepository(m_s.db()).ofRequest(id), "none").isEmpty());
    }

    void aCoLocatedServerNeedsARack()
    {
        auto [id, approval] = nextApproval();
        approval.blocks.first().rackId = 0;
        verifyRefused(id, approval, "required", "servers.1.rack");
    }

    void capacitySeesWhatIsTaken()
    {
        const CapacitySnapshot free = must(CapacityCalculator(m_s.db()).snapshot(), "snapshot");
        QCOMPARE(free.racks.size(), 2);
        QCOMPARE(free.racks.first().usedPowerW, 400);
        QCOMPARE(free.racks.first().freeUnits(), 40);
        QCOMPARE(free.freeUnits(), 82);
        QCOMPARE(free.upsHeadroomW, 16000.0 - 400);
        QCOMPARE(free.gensetHeadroomW, 40000.0 - 400);
        QCOMPARE(free.bandwidthHeadroomMbps, 1000.0 - 20);
        QCOMPARE(free.freePublicAddresses.size(),
                 12); // a /28 has 14 hosts: one held back, one taken
        QCOMPARE(free.freePublicAddresses.first().address, QStringLiteral("103.20.30.3"));
    }
};

QTEST_GUILESS_MAIN(TestPlacementRules)
#include "tst_placementrules.moc"
