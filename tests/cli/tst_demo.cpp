// `kolokasi --database F demo` on both engines: fills a new database with a data centre
// that obeys every rule, and refuses a database that already holds data.
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "register/AssetRegister.h"
#include "services/DataCentreService.h"
#include "store/DatabaseContents.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "store/UnitRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace kolokasi;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};

    std::pair<int, QString> demo(const test::TestDatabase &fixture)
    {
        const test::ProcessRun run = m_kolokasi.run(
                {QStringLiteral("--database"), fixture.location().toText(), QStringLiteral("demo")});
        return {run.exitCode, run.err};
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void fillsANewDatabaseAndRefusesASecondRun()
    {
        test::TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));

        // WHEN the demo runs on a new database
        const auto [exitCode, errors] = demo(fixture);
        QVERIFY2(exitCode == 0, qPrintable(errors));

        // THEN it holds the agency, the data centre, units, installed servers and requests
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        QCOMPARE(SettingsService(database).agencyProfile()->governmentName,
                 QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        const auto head = SettingsService(database).signatory(QStringLiteral("kepala_dinas"));
        KOLOKASI_VERIFY_OK(head);
        QCOMPARE(head->name, QStringLiteral("SUGENG DARSONO, SH, MM"));
        QCOMPARE(head->nip, QStringLiteral("196207181986031003"));
        QVERIFY(SettingsService(database).signatory(QStringLiteral("kepala_bidang")).ok());
        QCOMPARE(DataCentreService(database).nocs()->size(), 2);
        QCOMPARE(DataCentreService(database).allRacks()->size(), 12);
        QCOMPARE(UnitRepository(database).all()->size(), 25);

        AssetFilter active;
        active.status = AssetStatus::Active;
        const auto assets = AssetRegister(database).entries(active);
        KOLOKASI_VERIFY_OK(assets);
        QVERIFY(assets->size() >= 55);
        QSet<qint64> unitsWithAssets;
        for (const RegisterEntry &entry : *assets)
            unitsWithAssets.insert(entry.asset.unitId);
        QVERIFY(unitsWithAssets.size() >= 20);
        QVERIFY(!AssetRegister(database).expired(QDate(2026, 11, 25))->isEmpty());

        const auto requests = RequestRepository(database).all();
        KOLOKASI_VERIFY_OK(requests);
        QSet<int> openSteps;
        QSet<RequestStatus> statuses;
        int withdrawals = 0;
        for (const Request &request : *requests) {
            statuses.insert(request.status);
            if (request.kind == RequestKind::Withdrawal)
                ++withdrawals;
            else if (request.status == RequestStatus::Open)
                openSteps.insert(SopSteps::number(request.step));
        }
        QCOMPARE(openSteps, (QSet<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(statuses, (QSet<RequestStatus>{RequestStatus::Open, RequestStatus::Completed,
                                                RequestStatus::ClosedNoCapacity, RequestStatus::ClosedRejected,
                                                RequestStatus::ClosedCancelled}));
        QVERIFY(withdrawals >= 2);
        AssetFilter withdrawn;
        withdrawn.status = AssetStatus::Withdrawn;
        QCOMPARE(AssetRegister(database).entries(withdrawn)->size(), 1);
        db.value().reset();

        // AND a second run is refused
        const auto [secondExit, secondErrors] = demo(fixture);
        QCOMPARE(secondExit, 1);
        QVERIFY(secondErrors.contains(QLatin1String("already holds data")));
    }

    // Point 7: the demo is all or nothing. Killed at any moment, it leaves a database that
    // holds nothing, and a new run fills it.
    void aKilledDemoLeavesNothingAndARerunFillsIt()
    {
        test::TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        // How long a whole demo takes here, so the kills land in the middle of it.
        QElapsedTimer timer;
        timer.start();
        {
            test::TestDatabase measure;
            const auto [exitCode, errors] = demo(measure);
            QVERIFY2(exitCode == 0, qPrintable(errors));
        }
        const qint64 wholeMs = timer.elapsed();
        for (const double fraction : {0.35, 0.6, 0.85}) {
            QProcess process;
            process.start(QStringLiteral(KOLOKASI_EXECUTABLE),
                          {QStringLiteral("--database"), fixture.location().toText(),
                           QStringLiteral("demo")});
            QVERIFY(process.waitForStarted());
            if (process.waitForFinished(int(wholeMs * fraction)))
                break;      // this machine was faster than measured: the run below checks it all
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished());
            auto db = Database::open(fixture.location(), Database::OpenMode::CreateIfMissing);
            KOLOKASI_VERIFY_OK(db);
            const auto holds = DatabaseContents(*db.value()).holdsData();
            KOLOKASI_VERIFY_OK(holds);
            QVERIFY2(
                !*holds,
                qPrintable(
                    QStringLiteral("half-filled after a kill at %1 of the run").arg(fraction)));
        }
        const auto [exitCode, errors] = demo(fixture);
        QVERIFY2(exitCode == 0 || errors.contains(QLatin1String("already holds data")),
                 qPrintable(errors));
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(UnitRepository(*db.value()).all()->size(), 25);
        QCOMPARE(DataCentreService(*db.value()).allRacks()->size(), 12);
    }

    // Two demos started at once on one new database: one fills it, the other is refused.
    void twoDemosAtOnceFillTheDatabaseOnce()
    {
        test::TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        QProcess first;
        QProcess second;
        for (QProcess *process : {&first, &second})
            process->start(QStringLiteral(KOLOKASI_EXECUTABLE),
                           {QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--database"), fixture.location().toText(),
                            QStringLiteral("demo")});
        QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
        QList<int> exitCodes{first.exitCode(), second.exitCode()};
        std::sort(exitCodes.begin(), exitCodes.end());
        const QString errors =
            QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
        QCOMPARE(exitCodes, (QList<int>{0, 1}));
        QVERIFY2(errors.contains(QLatin1String("already holds data")), qPrintable(errors));
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(UnitRepository(*db.value()).all()->size(), 25);
        QCOMPARE(DataCentreService(*db.value()).allRacks()->size(), 12);
        db.value().reset();

        // AND looking at it afterwards prints nothing but the answer (no PostgreSQL NOTICE)
        const test::ProcessRun info = m_kolokasi.run(
            {QStringLiteral("--database"), fixture.location().toText(), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(info.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
