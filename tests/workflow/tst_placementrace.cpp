// Two writers placing servers in the same rack units at the same moment, 100 times on each
// engine: two imports of the register, and two approvals. Each race has one winner; the loser
// is refused with the row and column (import) or the field (approval), never with driver text,
// and the rack never holds two live blocks in the same units. Runs as tst_placementrace.sqlite
// and tst_placementrace.postgresql.
#include "../workflow/WorkflowFixture.h"
#include "Concurrently.h"
#include "TestEnvironment.h"
#include "interchange/RegisterImport.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
constexpr int kRaces = 100;

const QStringList kHeader{QStringLiteral("No. Register"),  QStringLiteral("Nama Server"),
                          QStringLiteral("Unit"),          QStringLiteral("NIP"),
                          QStringLiteral("Jenis Layanan"), QStringLiteral("Alamat IP"),
                          QStringLiteral("NOC"),           QStringLiteral("Rak"),
                          QStringLiteral("U Awal"),        QStringLiteral("Tinggi U"),
                          QStringLiteral("Daya (W)"),      QStringLiteral("Tanggal Pasang")};

// One server in R01, U 10-11, with one address: what both writers of a race ask for.
SheetData sheetFor(int race, int writer)
{
    SheetData sheet;
    sheet.rows.append({1, kHeader});
    sheet.rows.append({2,
                       {QStringLiteral("AST-%1-%2").arg(race).arg(writer),
                        QStringLiteral("srv-%1-%2").arg(race).arg(writer),
                        QStringLiteral("Dinas Kesehatan"), QStringLiteral("197310081992032001"),
                        QStringLiteral("Kolokasi"), QStringLiteral("10.10.0.20"),
                        QStringLiteral("NOC Utama"), QStringLiteral("R01"), QStringLiteral("10"),
                        QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("2024-03-01")}});
    return sheet;
}

// Driver text the user must never see ("current transaction is aborted", "ERROR: ...").
bool looksLikeDriverText(const QString &message)
{
    return message.contains(QLatin1String("transaction"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("ERROR")) || message.contains(QLatin1String("QPSQL")) ||
           message.contains(QLatin1String("constraint")) ||
           message.contains(QLatin1String("--verbose"));
}

qint64 liveBlocksInRack(Database &db, qint64 rackId)
{
    return valueOf(db,
                   QStringLiteral("SELECT COUNT(*) FROM placements WHERE rack_id = :id "
                                  "AND status IN ('reserved', 'active')"),
                   rackId)
        .toLongLong();
}

void releaseLiveBlocks(Database &db, qint64 rackId)
{
    Query live(db, QStringLiteral("SELECT id FROM placements WHERE rack_id = :id "
                                  "AND status IN ('reserved', 'active')"));
    live.bind(QStringLiteral(":id"), rackId);
    const auto ids =
        must(live.list([](const Query &q) { return q.value(0).toLongLong(); }), "live");
    for (const qint64 id : ids)
        must(PlacementRepository(db).release(id), "release");
}
} // namespace

class TestPlacementRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start(2, 100000)); }
    void cleanup() { m_s.stop(); }

    void twoImportsOfTheSameUnitsPlaceOneServer()
    {
        const DatabaseLocation location = m_s.db().location();
        const qint64 rackId = m_s.dc.racks.first().id;
        QElapsedTimer timer;
        timer.start();
        for (int race = 0; race < kRaces; ++race) {
            // WHEN two programs import a row for the same units and address at once
            const QStringList outcome = runTogether([&](int writer) -> QString {
                auto db = Database::open(location, Database::OpenMode::ExistingOnly, m_s.clock);
                if (!db.ok())
                    return QStringLiteral("open: ") + db.error().message;
                const SheetData sheet = sheetFor(race, writer);
                const auto report =
                    RegisterImport(*db.value())
                        .run(sheet, ColumnMapping::fromHeader(sheet.header()),
                             {false, false, QStringLiteral("register-%1.csv").arg(writer)});
                if (!report.ok())
                    return QStringLiteral("error|%1|%2")
                        .arg(report.error().field, report.error().message);
                if (report->written)
                    return QStringLiteral("ok");
                if (report->problems.isEmpty())
                    return QStringLiteral("not written, no problem named");
                const ImportProblem &problem = report->problems.first();
                return QStringLiteral("refused|%1|%2 %3")
                    .arg(problem.column, QString::number(problem.line), problem.message);
            });

            // THEN one is written, the other refused naming line 2 and the units' or address'
            // column
            QVERIFY2(outcome.count(QStringLiteral("ok")) == 1,
                     qPrintable(outcome.join(QLatin1String(" / "))));
            const QString loser = outcome.at(outcome.at(0) == QLatin1String("ok") ? 1 : 0);
            const QStringList parts = loser.split(QLatin1Char('|'));
            QVERIFY2(parts.size() == 3, qPrintable(loser));
            QVERIFY2(parts.at(1) == QLatin1String("U Awal") ||
                         parts.at(1) == QLatin1String("Alamat IP"),
                     qPrintable(loser));
            QVERIFY2(parts.at(0) == QLatin1String("refused") ||
                         parts.at(2).contains(QLatin1String("2")),
                     qPrintable(loser));
            QVERIFY2(!looksLikeDriverText(parts.at(2)), qPrintable(loser));
            QCOMPARE(liveBlocksInRack(m_s.db(), rackId), qint64(1));
            releaseLiveBlocks(m_s.db(), rackId); // the same units and address race again
        }
        qInfo("%d import races in %lld ms", kRaces, timer.elapsed());
    }

    void twoApprovalsOfTheSameUnitsPlaceOneServer()
    {
        const DatabaseLocation location = m_s.db().location();
        // The loser of a race stays at step 4 and races the next request.
        qint64 waiting = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(waiting, 4);
        QElapsedTimer timer;
        timer.start();
        for (int race = 0; race < kRaces; ++race) {
            // GIVEN two requests proposed the same units and address
            const qint64 fresh = m_s.driver().registerLetter(m_s.driver().letter());
            m_s.driver().advanceTo(fresh, 4);
            const qint64 ids[2] = {waiting, fresh};
            const Approval approvals[2] = {m_s.driver().approval(ids[0]),
                                           m_s.driver().approval(ids[1])};
            QCOMPARE(approvals[0].blocks.first().firstU, approvals[1].blocks.first().firstU);
            QCOMPARE(approvals[0].blocks.first().ipAddresses,
                     approvals[1].blocks.first().ipAddresses);
            const qint64 rackId = approvals[0].blocks.first().rackId;

            // WHEN two admins approve at once
            const QStringList outcome = runTogether([&](int index) -> QString {
                auto db = Database::open(location, Database::OpenMode::ExistingOnly, m_s.clock);
                if (!db.ok())
                    return QStringLiteral("open: ") + db.error().message;
                const Status decided =
                    RequestWorkflow(*db.value()).decide(ids[index], approvals[index]);
                return decided.ok() ? QStringLiteral("ok")
                                    : QStringLiteral("%1|%2|%3")
                                          .arg(decided.error().code, decided.error().field,
                                               decided.error().message);
            });

            // THEN one is approved, the other refused naming the units or the address
            QVERIFY2(outcome.count(QStringLiteral("ok")) == 1,
                     qPrintable(outcome.join(QLatin1String(" / "))));
            const int loserIndex = outcome.at(0) == QLatin1String("ok") ? 1 : 0;
            const QStringList parts = outcome.at(loserIndex).split(QLatin1Char('|'));
            QVERIFY2(parts.size() == 3, qPrintable(outcome.at(loserIndex)));
            QVERIFY2(!parts.at(1).isEmpty(), qPrintable(outcome.at(loserIndex)));
            QVERIFY2(!looksLikeDriverText(parts.at(2)), qPrintable(outcome.at(loserIndex)));
            QCOMPARE(liveBlocksInRack(m_s.db(), rackId), qint64(1));
            releaseLiveBlocks(m_s.db(), rackId);
            waiting = ids[loserIndex];
        }
        qInfo("%d approval races in %lld ms", kRaces, timer.elapsed());
    }

    // The database's own check: a block written past the rules into taken units is refused,
    // naming first_u (a program that skipped the check, or lost a race the lock did not cover).
    void theDatabaseRefusesABlockInTakenUnits()
    {
        const qint64 first = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(first, 5);
        const Placement taken =
            must(PlacementRepository(m_s.db()).ofRequest(first), "placements").first();
        const qint64 other = m_s.driver().registerLetter(m_s.driver().letter());
        const Server server = must(ServerRepository(m_s.db()).serversOf(other), "servers").first();
        Placement copy;
        copy.serverId = server.id;
        copy.nocId = taken.nocId;
        copy.rackId = taken.rackId;
        copy.firstU = taken.firstU + 1;
        copy.heightU = 2;
        const auto refused = m_s.db().transaction(
            [&]() -> Result<Placement> { return PlacementRepository(m_s.db()).create(copy, {}); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("overlap"));
        QCOMPARE(refused.error().field, QStringLiteral("first_u"));
        QVERIFY2(!looksLikeDriverText(refused.error().message),
                 qPrintable(refused.error().message));
        copy.firstU = taken.firstU + taken.heightU; // the next free units are fine
        KOLOKASI_VERIFY_OK(m_s.db().transaction(
            [&]() -> Result<Placement> { return PlacementRepository(m_s.db()).create(copy, {}); }));
    }

private:
    WorkflowSession m_s;
};

QTEST_GUILESS_MAIN(TestPlacementRace)
#include "tst_placementrace.moc"
