// The crash harness's victim: performs real workflow transitions on the database given as its
// argument, for ever, and prints one line "committed <request> <step>" after each transaction
// has committed. tst_crashharness kills it with SIGKILL at random moments and checks that every
// line it printed is in the database.
#include "../workflow/WorkflowFixture.h"
#include "store/DatabaseContents.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace kolokasi;

namespace {
void report(qint64 requestId, int step)
{
    // Printed only after the commit returned, and flushed at once: what the driver reads
    // was committed.
    std::printf("committed %lld %d\n", static_cast<long long>(requestId), step);
    std::fflush(stdout);
}

// The racks, pools and unit the requests need: made once, in one transaction, by the first run.
test::DataCentre dataCentre(Database &db)
{
    test::DataCentre dc;
    const Status made = DatabaseContents(db).fillIfEmpty([&] {
        dc = test::DataCentre::build(db);
        return Status();
    });
    if (made.ok())
        return dc;
    if (made.error().code != QLatin1String("not_empty"))
        qFatal("crash worker: %s", qPrintable(made.error().message));
    dc.noc = test::must(DataCentreService(db).nocs(), "nocs").first();
    dc.unit = test::must(UnitRepository(db).all(), "units").first();
    dc.officer = test::must(UnitRepository(db).officersOf(dc.unit.id), "officers").first();
    return dc;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        qFatal("usage: kolokasi_crash_worker <database location>");
    const auto location = DatabaseLocation::parse(QString::fromLocal8Bit(argv[1]));
    if (!location.ok())
        qFatal("crash worker: %s", qPrintable(location.error().message));
    FixedClock clock(test::fixtureStart());
    auto db =
        test::must(Database::open(*location, Database::OpenMode::CreateIfMissing, clock), "open");
    const test::DataCentre dc = dataCentre(*db);
    test::RequestDriver driver(*db, clock, dc);
    for (;;) {
        const qint64 id = driver.registerLetter(driver.letter());
        report(id, 1);
        for (int step = 2; step <= 4; ++step) {
            clock.advanceSecs(5 * 60);
            test::must(driver.runStep(id, step), "step");
            report(id, step);
        }
        // Rejected at step 5: real history and audit rows, and no rack ever fills up.
        Approval rejection;
        rejection.approved = false;
        rejection.reasons = QStringLiteral("Kapasitas daya tidak mencukupi");
        rejection.decidedBy = QStringLiteral("Ir. HENDRA GUNAWAN, M.T.");
        test::must(driver.workflow().decide(id, rejection), "reject");
        report(id, 5);
    }
}
