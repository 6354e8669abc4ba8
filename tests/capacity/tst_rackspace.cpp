// Rack-unit arithmetic and the best-fit placement proposal, without a database.
#include "TestEnvironment.h"
#include "capacity/CapacityCalculator.h"
#include "capacity/PlacementPlanner.h"
#include "capacity/RackSpace.h"

#include <QtTest>

using namespace kolokasi;

namespace {
RackCapacity rack(qint64 id, QList<UsedSpan> used, int budgetW = 5000, int usedW = 0)
{
    Rack r;
    r.id = id;
    r.nocId = 1;
    r.name = QStringLiteral("R%1").arg(id);
    r.powerBudgetW = budgetW;
    return {r, RackSpace::freeGaps(42, used), usedW};
}

Server server(qint64 id, int units, int powerW = 300)
{
    Server s;
    s.id = id;
    s.name = QStringLiteral("srv%1").arg(id);
    s.rackUnits = units;
    s.powerW = powerW;
    return s;
}
} // namespace

class TestRackSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { kolokasi::test::prepareTestEnvironment(); }

    void anEmptyRackIsOneGap()
    {
        const auto gaps = RackSpace::freeGaps(42, {});
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().firstU, 1);
        QCOMPARE(gaps.first().length, 42);
    }

    void gapsLieBetweenUsedSpans()
    {
        const auto gaps = RackSpace::freeGaps(42, {{10, 2}, {1, 4}, {40, 3}});
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(gaps[0].firstU, 5);
        QCOMPARE(gaps[0].length, 5);
        QCOMPARE(gaps[1].firstU, 12);
        QCOMPARE(gaps[1].length, 28);
    }

    void overlapMeansSharingAUnit()
    {
        QVERIFY(RackSpace::overlaps({1, 2}, {2, 1}));
        QVERIFY(!RackSpace::overlaps({1, 2}, {3, 1}));
        QVERIFY(RackSpace::overlaps({5, 10}, {7, 1}));
    }

    void bestFitTakesTheSmallestGapThatFits()
    {
        // Gaps of 5 (U5-9), 28 (U12-39): a 2U server goes into the 5-unit gap.
        const QList<FreeGap> gaps = RackSpace::freeGaps(42, {{10, 2}, {1, 4}, {40, 3}});
        QCOMPARE(RackSpace::bestFitIndex(gaps, 2), 0);
        QCOMPARE(RackSpace::bestFitIndex(gaps, 6), 1);
        QCOMPARE(RackSpace::bestFitIndex(gaps, 29), -1);
    }

    void theProposalPrefersTheTightestRackAndSkipsFullPower()
    {
        CapacitySnapshot snapshot;
        snapshot.racks = {rack(1, {}), rack(2, {{1, 39}}), rack(3, {{1, 41}}, 5000, 4900)};
        snapshot.freePublicAddresses = {{QStringLiteral("103.20.30.1"), 7}, {QStringLiteral("103.20.30.2"), 7},
                                        {QStringLiteral("103.20.30.3"), 7}};
        const PlacementProposal proposal =
                PlacementPlanner::propose(snapshot, {server(11, 2), server(12, 2)}, 3);
        QVERIFY(proposal.complete());
        // Rack 3 has the tightest gap but no power left; rack 2's 3-unit gap takes the first server.
        QCOMPARE(proposal.blocks[0].rackId, qint64(2));
        QCOMPARE(proposal.blocks[0].firstU, 40);
        QCOMPARE(proposal.blocks[0].locationNote, QStringLiteral("Rak R2, U 40-41"));
        QCOMPARE(proposal.blocks[1].rackId, qint64(1));
        QCOMPARE(proposal.blocks[1].firstU, 1);
        QCOMPARE(proposal.blocks[0].ipAddresses,
                 (QStringList{QStringLiteral("103.20.30.1"), QStringLiteral("103.20.30.2")}));
        QCOMPARE(proposal.blocks[1].ipAddresses, QStringList{QStringLiteral("103.20.30.3")});
    }

    void aServerWithoutRoomIsReported()
    {
        CapacitySnapshot snapshot;
        snapshot.racks = {rack(1, {{1, 40}})};
        const PlacementProposal proposal = PlacementPlanner::propose(snapshot, {server(11, 4)}, 0);
        QVERIFY(!proposal.complete());
        QCOMPARE(proposal.unplacedServerIds, QList<qint64>{11});
    }

    void theReportLinesCompareNeedsWithWhatIsFree()
    {
        CapacitySnapshot snapshot;
        snapshot.racks = {rack(1, {{1, 40}}, 1000, 800)};
        snapshot.upsHeadroomW = 500;
        snapshot.gensetHeadroomW = 100;
        snapshot.bandwidthHeadroomMbps = 50;
        Request request;
        request.needs.bandwidthMbps = 20;
        request.needs.publicIps = 1;
        const auto items = CapacityCalculator::itemsFor(snapshot, request, {server(1, 2, 150)});
        QCOMPARE(items.size(), 7);
        QCOMPARE(items[0].resource, QStringLiteral("server"));
        QVERIFY(items[0].available);
        QCOMPARE(items[2].resource, QStringLiteral("ups"));
        QVERIFY(items[2].available);
        QCOMPARE(items[3].resource, QStringLiteral("genset"));
        QVERIFY(!items[3].available);
        QCOMPARE(items[4].free, 50.0);
        QCOMPARE(items[5].resource, QStringLiteral("space"));
        QCOMPARE(items[5].needed, 2.0);
        QCOMPARE(items[5].free, 2.0);
        QCOMPARE(items[6].resource, QStringLiteral("public_ip"));
        QVERIFY(!items[6].available);
    }
};

QTEST_GUILESS_MAIN(TestRackSpace)
#include "tst_rackspace.moc"
