// `kolokasi --database F generate --assets N --requests M` on both engines: fills a new database
// with exactly N assets and M requests in every state and step, readable by the workflow, and
// refuses a database that already holds data or a size that is not a number.
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "domain/SopStep.h"
#include "register/AssetRegister.h"
#include "store/DocumentNumbering.h"
#include "store/RequestRepository.h"
#include "store/ReviewRepository.h"
#include "workflow/RequestDossierReader.h"

#include <QSet>
#include <QtTest>

using namespace kolokasi;

class TestGenerate : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};

    test::ProcessRun generate(const test::TestDatabase &fixture, const QStringList &size)
    {
        return m_kolokasi.run(QStringList{QStringLiteral("--database"), fixture.location().toText(),
                                          QStringLiteral("generate")} +
                              size);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void fillsANewDatabaseAtTheSizeAsked()
    {
        test::TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));

        // WHEN 400 assets and 120 requests are generated
        const test::ProcessRun run =
            generate(fixture, {QStringLiteral("--assets"), QStringLiteral("400"),
                               QStringLiteral("--requests"), QStringLiteral("120")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // THEN the register holds 400 assets, one in a hundred of them a Primergy
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        QCOMPARE(*AssetRegister(database).count(), 400);
        AssetFilter rare;
        rare.search = QStringLiteral("primergy");
        QCOMPARE(*AssetRegister(database).count(rare), 4);
        AssetFilter withdrawn;
        withdrawn.status = AssetStatus::Withdrawn;
        QVERIFY(*AssetRegister(database).count(withdrawn) > 0);

        // AND 120 requests in every open step before the handover and every way of closing
        const auto requests = RequestRepository(database).all();
        KOLOKASI_VERIFY_OK(requests);
        QCOMPARE(requests->size(), 120);
        QSet<int> openSteps;
        QSet<RequestStatus> statuses;
        for (const Request &request : *requests) {
            statuses.insert(request.status);
            if (request.status == RequestStatus::Open)
                openSteps.insert(SopSteps::number(request.step));
        }
        QCOMPARE(openSteps, (QSet<int>{1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(statuses.size(), 5);

        // AND the twelve-server request and the long history read back whole
        const auto twelve = RequestDossierReader(database).read(1);
        KOLOKASI_VERIFY_OK(twelve);
        QCOMPARE(twelve->servers.size(), 12);
        const auto corrected = RequestDossierReader(database).read(3);
        KOLOKASI_VERIFY_OK(corrected);
        QVERIFY(corrected->history.size() > 400);

        // AND the generated reviews are finished, so a new one can start
        const auto open = ReviewRepository(database).unfinished();
        KOLOKASI_VERIFY_OK(open);
        QVERIFY(open->isEmpty());
        QCOMPARE(ReviewRepository(database).all()->size(), 2);

        // AND the next document number continues after the generated ones
        const auto issued =
            DocumentNumbering(database).issuedForRequest(QStringLiteral("persetujuan"), 1);
        KOLOKASI_VERIFY_OK(issued);
        const auto next = DocumentNumbering(database).issue(QStringLiteral("persetujuan"),
                                                            issued->issuedAt.date());
        KOLOKASI_VERIFY_OK(next);
        QVERIFY(next->number != issued->number);
    }

    void refusesADatabaseWithDataAndBadSizes()
    {
        test::TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        const test::ProcessRun bad =
            generate(fixture, {QStringLiteral("--assets"), QStringLiteral("many")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("--assets")), qPrintable(bad.err));

        const QStringList small{QStringLiteral("--assets"), QStringLiteral("20"),
                                QStringLiteral("--requests"), QStringLiteral("10")};
        QCOMPARE(generate(fixture, small).exitCode, 0);
        const test::ProcessRun again = generate(fixture, small);
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(*AssetRegister(*db.value()).count(), 20);
    }
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
