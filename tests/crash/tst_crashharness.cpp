// Issue 7, point 9: kill a program doing real workflow transitions with SIGKILL at random
// moments, over and over, and check after every kill that the database is intact, that every
// transition the program reported committed is there, and that no request stands at a step
// without that step's history and audit rows. On PostgreSQL the client is what gets killed.
//
// KOLOKASI_CRASH_KILLS (default 100) sets the number of kills; scripts/crash-harness runs the
// long form (1,000). KOLOKASI_CRASH_SEED repeats a run (the seed is printed).
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "store/Query.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace kolokasi;
using test::TestDatabase;

namespace {
using Transition = QPair<qint64, int>; // request, step

// The audit entity each step writes besides the request's own transition row.
const QList<QPair<int, QString>> kStepAudit{{1, QStringLiteral("request")},
                                            {2, QStringLiteral("disposition")},
                                            {3, QStringLiteral("capacity_check")},
                                            {4, QStringLiteral("application")},
                                            {5, QStringLiteral("approval")}};

int envNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QSet<Transition> pairs(Database &db, const QString &sql)
{
    QSet<Transition> found;
    Query query(db, sql);
    if (!query.exec().ok())
        return found;
    while (query.next())
        found.insert({query.value(0).toLongLong(), query.value(1).toInt()});
    return found;
}
} // namespace

class TestCrashHarness : public QObject
{
    Q_OBJECT

private:
    // What one kill left behind; empty if it is all as it should be.
    QString checkAfterKill(const TestDatabase &fixture, const QSet<Transition> &reported)
    {
        auto opened = Database::open(fixture.location(), Database::OpenMode::ExistingOnly);
        // Killed before the first migration committed: the file is still empty, which the next
        // creating open takes as new. Nothing can be lost while nothing was reported committed.
        if (!opened.ok() && opened.error().code == QLatin1String("database_empty") &&
            reported.isEmpty())
            return {};
        if (!opened.ok())
            return QStringLiteral("cannot reopen: ") + opened.error().message;
        Database &db = *opened.value();
        if (!TestDatabase::isPostgres()) {
            const auto integrity = Query(db, QStringLiteral("PRAGMA integrity_check")).scalar();
            if (!integrity.ok() || integrity->toString() != QLatin1String("ok"))
                return QStringLiteral("integrity_check: ") +
                       (integrity.ok() ? integrity->toString() : integrity.error().message);
        }
        // Read once and compared here: the history grows with every run, and audit_log has no
        // index for a per-request query.
        const QSet<Transition> stored =
            pairs(db, QStringLiteral("SELECT request_id, step FROM request_events"));
        for (const Transition &transition : reported) {
            if (!stored.contains(transition))
                return QStringLiteral("lost: request %1 step %2")
                    .arg(transition.first)
                    .arg(transition.second);
        }
        QSet<QPair<QString, qint64>> audited;
        Query audit(db, QStringLiteral("SELECT entity, entity_id FROM audit_log"));
        if (Status done = audit.exec(); !done.ok())
            return done.error().message;
        while (audit.next())
            audited.insert({audit.value(0).toString(), audit.value(1).toLongLong()});
        QHash<qint64, int> stepOf;
        for (const auto &[id, current] : pairs(db, QStringLiteral("SELECT id, step FROM requests")))
            stepOf.insert(id, current);
        for (auto it = stepOf.cbegin(); it != stepOf.cend(); ++it) {
            for (const auto &[step, entity] : kStepAudit) {
                if (step > it.value())
                    break;
                if (!stored.contains({it.key(), step}))
                    return QStringLiteral("request %1 is at step %2 without the history of step %3")
                        .arg(it.key())
                        .arg(it.value())
                        .arg(step);
                if (!audited.contains({entity, it.key()}))
                    return QStringLiteral(
                               "request %1 is at step %2 without the audit row of step %3")
                        .arg(it.key())
                        .arg(it.value())
                        .arg(step);
            }
        }
        for (const auto &[id, step] : stored) {
            if (!stepOf.contains(id) || step > stepOf.value(id))
                return QStringLiteral("history of request %1 step %2 without the request there")
                    .arg(id)
                    .arg(step);
        }
        return {};
    }

    static void collect(const QByteArray &output, QSet<Transition> &reported, int &lines)
    {
        QList<QByteArray> all = output.split('\n');
        all.removeLast(); // after the last newline: empty, or a line the kill cut (not a report)
        for (const QByteArray &line : all) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.first() == "committed") {
                reported.insert({words.at(1).toLongLong(), words.at(2).toInt()});
                ++lines;
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void committedTransitionsSurviveSigkill()
    {
        const int kills = envNumber("KOLOKASI_CRASH_KILLS", 100);
        const quint32 seed = quint32(
            envNumber("KOLOKASI_CRASH_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
        // Long enough for some runs to get through several requests, short enough that many
        // kills land while the worker starts, opens or migrates.
        const int maxLifeMs = envNumber("KOLOKASI_CRASH_MAX_MS", 400);
        QRandomGenerator random(seed);
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));

        QSet<Transition> reported;
        int lines = 0;
        int killed = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 0; run < kills; ++run) {
            QProcess worker;
            worker.setProcessChannelMode(QProcess::SeparateChannels);
            worker.start(QStringLiteral(KOLOKASI_CRASH_WORKER), {fixture.location().toText()});
            QVERIFY2(worker.waitForStarted(), qPrintable(worker.errorString()));
            // Runs until the random moment comes; it never ends by itself.
            const int lifeMs = int(random.bounded(maxLifeMs));
            if (worker.waitForFinished(lifeMs))
                QFAIL(qPrintable(QStringLiteral("the worker stopped by itself (seed %1): %2")
                                     .arg(seed)
                                     .arg(QString::fromUtf8(worker.readAllStandardError()))));
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished());
            ++killed;
            collect(worker.readAllStandardOutput(), reported, lines);
            const QString problem = checkAfterKill(fixture, reported);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after kill %1 (seed %2): %3")
                                                       .arg(killed)
                                                       .arg(seed)
                                                       .arg(problem)));
        }
        qInfo("crash harness (%s, seed %u): %d kills, %d committed transitions reported, %lld "
              "distinct checked "
              "after every kill, 0 lost, %lld s",
              TestDatabase::isPostgres() ? "postgresql" : "sqlite", seed, killed, lines,
              qint64(reported.size()), clock.elapsed() / 1000);
        QVERIFY2(lines > kills / 2,
                 "the worker committed too little to test anything: start it sooner");
    }
};

QTEST_GUILESS_MAIN(TestCrashHarness)
#include "tst_crashharness.moc"
