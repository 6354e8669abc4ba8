// The review page's models, headless: the lines of a review with their findings, the filter,
// marking with row versions (a stale finding is refused, not overwritten), and the list of
// reviews with their counts; checked by QAbstractItemModelTester.
#include "../workflow/WorkflowFixture.h"
#include "ReviewLinesModel.h"
#include "ReviewListModel.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "register/AssetRegister.h"
#include "register/ReviewProcess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestReviewModels : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    qint64 m_reviewId = 0;

    void install(const QString &name)
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter({makeServer(name)}));
        m_s.driver().advanceTo(id, 3);
        must(m_s.flow().fillApplication(
                 id, m_s.driver().application(name + QStringLiteral(".cirebonkab.go.id"))),
             "form");
        m_s.driver().advanceTo(id, 9);
    }

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
        for (const char *name : {"simpeg", "simpus", "sipd"})
            install(QString::fromLatin1(name));
        m_reviewId =
            must(ReviewProcess(m_s.db()).start(m_s.clock.today(), QStringLiteral("Budi Santoso")),
                 "start")
                .id;
    }

    void cleanup() { m_s.stop(); }

    void linesShowEveryActiveAssetAndTheFilterNarrows()
    {
        ReviewLinesModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KOLOKASI_VERIFY_OK(model.load(m_reviewId));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ReviewLinesModel::ColumnCount));
        QCOMPARE(text(model, 0, ReviewLinesModel::FindingColumn), QStringLiteral("Not reviewed"));
        QCOMPARE(model.index(0, 0).data(ReviewLinesModel::FindingRole).toInt(), -1);
        QCOMPARE(model.progressText(), QStringLiteral("0 of 3 reviewed"));

        KOLOKASI_VERIFY_OK(model.mark(1, ReviewFinding::NotFound, QStringLiteral("Rak kosong")));
        QCOMPARE(text(model, 1, ReviewLinesModel::FindingColumn), QStringLiteral("Not found"));
        QCOMPARE(text(model, 1, ReviewLinesModel::NoteColumn), QStringLiteral("Rak kosong"));
        QCOMPARE(model.progress().notFound, 1);

        // "Belum": marking a line takes it out of the view
        model.setFilter(ReviewLinesModel::Filter::Unmarked);
        QCOMPARE(model.rowCount(), 2);
        KOLOKASI_VERIFY_OK(model.mark(0, ReviewFinding::Matches, {}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.progressText(), QStringLiteral("2 of 3 reviewed"));
        model.setFilter(ReviewLinesModel::Filter::NotFound);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(ReviewLinesModel::Filter::Matches);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(ReviewLinesModel::Filter::DoesNotMatch);
        QCOMPARE(model.rowCount(), 0);
    }

    void aFindingChangedByAnotherAdminIsRefusedNotOverwritten()
    {
        ReviewLinesModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KOLOKASI_VERIFY_OK(model.load(m_reviewId));
        const qint64 asset = model.lineAt(0).entry.asset.id;
        // GIVEN another admin marks the first asset while this model still shows it unmarked
        auto second = must(m_s.openSecondSession(), "second session");
        second->setActor(QStringLiteral("admin.dua"));
        must(ReviewProcess(*second).mark(m_reviewId, asset, ReviewFinding::DoesNotMatch,
                                         QStringLiteral("S/N berbeda"), 0),
             "second admin");
        // WHEN this model marks it too, THEN it is refused as stale and nothing changes
        verifyRefused(model.mark(0, ReviewFinding::Matches, {}), "stale", "matches");
        KOLOKASI_VERIFY_OK(model.reload());
        QCOMPARE(text(model, 0, ReviewLinesModel::FindingColumn), QStringLiteral("Does not match"));
        QCOMPARE(text(model, 0, ReviewLinesModel::NoteColumn), QStringLiteral("S/N berbeda"));
        // and with the version now shown it can be changed
        KOLOKASI_VERIFY_OK(model.mark(0, ReviewFinding::Matches, {}));
        QCOMPARE(text(model, 0, ReviewLinesModel::FindingColumn), QStringLiteral("Matches"));
    }

    void theListCountsEachReviewsFindings()
    {
        ReviewProcess process(m_s.db());
        const auto progress = must(process.progress(m_reviewId), "progress");
        must(process.mark(m_reviewId, progress.lines[0].entry.asset.id, ReviewFinding::Matches, {},
                          0),
             "1");
        must(process.mark(m_reviewId, progress.lines[1].entry.asset.id, ReviewFinding::DoesNotMatch,
                          QStringLiteral("beda"), 0),
             "2");
        must(process.mark(m_reviewId, progress.lines[2].entry.asset.id, ReviewFinding::NotFound, {},
                          0),
             "3");
        ReviewListModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        KOLOKASI_VERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, ReviewListModel::ReviewerColumn), QStringLiteral("Budi Santoso"));
        QCOMPARE(text(model, 0, ReviewListModel::ReviewedColumn), QStringLiteral("3"));
        QCOMPARE(text(model, 0, ReviewListModel::MatchesColumn), QStringLiteral("1"));
        QCOMPARE(text(model, 0, ReviewListModel::DoesNotMatchColumn), QStringLiteral("1"));
        QCOMPARE(text(model, 0, ReviewListModel::NotFoundColumn), QStringLiteral("1"));
        QCOMPARE(text(model, 0, ReviewListModel::StateColumn), QStringLiteral("In progress"));
        QVERIFY(!model.index(0, 0).data(ReviewListModel::FinishedRole).toBool());
        KOLOKASI_VERIFY_OK(process.finish(m_reviewId, 1));
        KOLOKASI_VERIFY_OK(model.reload());
        QVERIFY(text(model, 0, ReviewListModel::StateColumn).startsWith(QLatin1String("Finished")));
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
