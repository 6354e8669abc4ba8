// `kolokasi --database F demo` on both engines: fills a new database with a data centre
// that obeys every rule, and refuses a database that already holds data.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "KolokasiProcess.h"
#include "TestEnvironment.h"
#include "register/AssetRegister.h"
#include "store/DataCentreRepository.h"
#include "store/RequestRepository.h"
#include "store/SettingsRepository.h"
#include "store/UnitRepository.h"

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
        QCOMPARE(SettingsRepository(database).agencyProfile()->governmentName,
                 QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
        const auto head = SettingsRepository(database).signatory(QStringLiteral("kepala_dinas"));
        KOLOKASI_VERIFY_OK(head);
        QCOMPARE(head->name, QStringLiteral("SUGENG DARSONO, SH, MM"));
        QCOMPARE(head->nip, QStringLiteral("196207181986031003"));
        QVERIFY(SettingsRepository(database).signatory(QStringLiteral("kepala_bidang")).ok());
        QCOMPARE(DataCentreRepository(database).nocs()->size(), 2);
        QCOMPARE(DataCentreRepository(database).allRacks()->size(), 12);
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
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
