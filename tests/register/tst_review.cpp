// The yearly review (peninjauan): start, findings saved as they go and resumed by another
// admin, no lost update, corrections recorded as such, finishing stamps the dates, and the
// one overdue rule.
#include "../workflow/WorkflowFixture.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "common/StatusOf.h"
#include "register/AssetRegister.h"
#include "register/ReviewProcess.h"
#include "register/ReviewSchedule.h"
#include "store/RequestEventRepository.h"
#include "store/ReviewRepository.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestReview : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    QList<Asset> m_assets;

    Asset install(const QString &domain)
    {
        const qint64 id = m_s.driver().registerLetter(
            m_s.driver().letter({makeServer(domain.section(QLatin1Char('.'), 0, 0))}));
        m_s.driver().advanceTo(id, 3);
        must(RequestWorkflow(m_s.db()).fillApplication(id, m_s.driver().application(domain)),
             "form");
        m_s.driver().advanceTo(id, 9);
        AssetFilter filter;
        const auto entries = must(AssetRegister(m_s.db()).entries(filter), "entries");
        for (const RegisterEntry &entry : entries) {
            if (entry.asset.requestId == id)
                return entry.asset;
        }
        qFatal("no asset installed");
    }

    QDate today() const { return m_s.clock.today(); }

    Review startReview()
    {
        return must(ReviewProcess(m_s.db()).start(today(), QStringLiteral("Budi Santoso")),
                    "start");
    }

    QDate lastReviewed(qint64 assetId)
    {
        return must(AssetRepository(m_s.db()).find(assetId), "asset").lastReviewedOn;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
        m_assets = {install(QStringLiteral("simpeg.cirebonkab.go.id")),
                    install(QStringLiteral("simpus.cirebonkab.go.id")),
                    install(QStringLiteral("sipd.cirebonkab.go.id"))};
    }

    void cleanup() { m_s.stop(); }

    void startListsEveryActiveAssetUnmarked()
    {
        const Review review = startReview();
        QVERIFY(!review.isFinished());
        QCOMPARE(review.reviewer, QStringLiteral("Budi Santoso"));
        const ReviewProgress progress =
            must(ReviewProcess(m_s.db()).progress(review.id), "progress");
        QCOMPARE(progress.lines.size(), 3);
        QCOMPARE(progress.unmarked(), 3);
        for (const ReviewLine &line : progress.lines)
            QVERIFY(!line.finding.has_value());
    }

    void startNeedsReviewerAndDate()
    {
        verifyRefused(statusOf(ReviewProcess(m_s.db()).start(today(), QStringLiteral("  "))),
                      "required", "reviewer");
        verifyRefused(statusOf(ReviewProcess(m_s.db()).start(QDate(), QStringLiteral("Budi"))),
                      "required", "reviewed_on");
    }

    void anUnfinishedReviewIsResumedNotRestarted()
    {
        startReview();
        verifyRefused(statusOf(ReviewProcess(m_s.db()).start(today(), QStringLiteral("Siti"))),
                      "review_in_progress", "review");
    }

    void findingsAreSavedAndAnotherAdminResumes()
    {
        // GIVEN a review with one finding saved by the first admin
        const Review review = startReview();
        must(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, true, {}, 0), "mark");
        // WHEN a second admin opens the same database
        auto second = must(m_s.openSecondSession(), "second session");
        second->setActor(QStringLiteral("admin.dua"));
        const auto open = must(ReviewRepository(*second).unfinished(), "unfinished");
        QCOMPARE(open.size(), 1);
        ReviewProcess resumed(*second);
        const ReviewProgress progress = must(resumed.progress(open.first().id), "progress");
        // THEN the finding is there and the rest can be marked
        QCOMPARE(progress.marked, 1);
        QCOMPARE(progress.matching, 1);
        must(resumed.mark(review.id, m_assets[1].id, false, QStringLiteral("Ditemukan di rak R02"),
                          0),
             "mark 2");
        const ReviewProgress after = must(ReviewProcess(m_s.db()).progress(review.id), "progress");
        QCOMPARE(after.marked, 2);
        QCOMPARE(after.notMatching, 1);
        const auto items = must(ReviewRepository(m_s.db()).items(review.id), "items");
        QCOMPARE(items.last().markedBy, QStringLiteral("admin.dua"));
        QCOMPARE(items.last().note, QStringLiteral("Ditemukan di rak R02"));
    }

    void twoAdminsMarkingTheSameAssetDoNotOverwriteEachOther()
    {
        const Review review = startReview();
        auto second = must(m_s.openSecondSession(), "second session");
        // Both saw the asset unmarked (version 0); the second to save is refused.
        const ReviewItem first =
            must(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, true, {}, 0), "first");
        verifyRefused(statusOf(ReviewProcess(*second).mark(review.id, m_assets[0].id, false,
                                                           QStringLiteral("Hilang"), 0)),
                      "stale", "matches");
        // Both saw version 1; the first change wins, the second is refused.
        must(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, false,
                                          QStringLiteral("S/N lain"), first.rowVersion),
             "change");
        verifyRefused(statusOf(ReviewProcess(*second).mark(review.id, m_assets[0].id, true, {},
                                                           first.rowVersion)),
                      "stale", "matches");
        const auto items = must(ReviewRepository(m_s.db()).items(review.id), "items");
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().note, QStringLiteral("S/N lain"));
        QVERIFY(!items.first().matches);
    }

    void notFoundIsAFindingOfItsOwnAndCountedApart()
    {
        // GIVEN a review with one asset of each finding
        const Review review = startReview();
        ReviewProcess process(m_s.db());
        must(process.mark(review.id, m_assets[0].id, ReviewFinding::Matches, {}, 0), "sesuai");
        must(process.mark(review.id, m_assets[1].id, ReviewFinding::DoesNotMatch,
                          QStringLiteral("S/N berbeda"), 0),
             "tidak sesuai");
        // WHEN the third is not found (no note needed: the finding says it)
        const ReviewItem missing =
            must(process.mark(review.id, m_assets[2].id, ReviewFinding::NotFound, {}, 0),
                 "tidak ditemukan");
        // THEN it is stored as not found, and each finding is counted once
        QCOMPARE(missing.finding(), ReviewFinding::NotFound);
        QVERIFY(!missing.matches);
        const ReviewProgress progress = must(process.progress(review.id), "progress");
        QCOMPARE(progress.marked, 3);
        QCOMPARE(progress.matching, 1);
        QCOMPARE(progress.notMatching, 1);
        QCOMPARE(progress.notFound, 1);
        QCOMPARE(progress.unmarked(), 0);
        // AND changing it back to "sesuai" clears "not found"
        const ReviewItem found = must(
            process.mark(review.id, m_assets[2].id, ReviewFinding::Matches, {}, missing.rowVersion),
            "found after all");
        QCOMPARE(found.finding(), ReviewFinding::Matches);
        QVERIFY(!found.notFound);
    }

    void notMatchingNeedsANote()
    {
        const Review review = startReview();
        verifyRefused(statusOf(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, false,
                                                            QStringLiteral(" "), 0)),
                      "required", "note");
        QVERIFY(must(ReviewRepository(m_s.db()).items(review.id), "items").isEmpty());
    }

    void finishingStampsEachReviewedAssetOnly()
    {
        m_s.clock.set(QDateTime(QDate(2027, 2, 3), QTime(8, 0), QTimeZone::utc()));
        const Review review = startReview();
        must(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, true, {}, 0), "mark 1");
        must(ReviewProcess(m_s.db()).mark(review.id, m_assets[2].id, false,
                                          QStringLiteral("Server mati"), 0),
             "mark 3");
        const Review current = must(ReviewRepository(m_s.db()).find(review.id), "review");
        KOLOKASI_VERIFY_OK(ReviewProcess(m_s.db()).finish(review.id, current.rowVersion));
        QCOMPARE(lastReviewed(m_assets[0].id), QDate(2027, 2, 3));
        QCOMPARE(lastReviewed(m_assets[2].id), QDate(2027, 2, 3));
        QVERIFY(!lastReviewed(m_assets[1].id).isValid());
        QVERIFY(must(ReviewRepository(m_s.db()).find(review.id), "review").isFinished());
        // The register's overdue list now holds only the asset not reviewed.
        const auto overdue =
            must(AssetRegister(m_s.db()).overdueForReview(QDate(2027, 2, 3)), "overdue");
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().asset.id, m_assets[1].id);
    }

    void aFinishedReviewTakesNoMoreFindings()
    {
        const Review review = startReview();
        KOLOKASI_VERIFY_OK(ReviewProcess(m_s.db()).finish(review.id, review.rowVersion));
        verifyRefused(ReviewProcess(m_s.db()).finish(review.id, review.rowVersion + 1), "finished",
                      "review");
        verifyRefused(
            statusOf(ReviewProcess(m_s.db()).mark(review.id, m_assets[0].id, true, {}, 0)),
            "finished", "review");
        // and a new review may start now
        KOLOKASI_VERIFY_OK(
            statusOf(ReviewProcess(m_s.db()).start(today(), QStringLiteral("Siti"))));
    }

    void finishingWithAnOldVersionIsRefused()
    {
        const Review review = startReview();
        verifyRefused(ReviewProcess(m_s.db()).finish(review.id, review.rowVersion + 5), "stale",
                      "review");
        QVERIFY(!must(ReviewRepository(m_s.db()).find(review.id), "review").isFinished());
    }

    void aCorrectionFromTheReviewIsRecordedAsACorrection()
    {
        const Review review = startReview();
        Correction correction;
        correction.field = QStringLiteral("placement.serial_number");
        correction.newValue = QStringLiteral("SN-BARU-001");
        correction.reason = QStringLiteral("S/N pada server berbeda");
        const RequestEvent event = must(
            ReviewProcess(m_s.db()).correctAsset(review.id, m_assets[0].id, correction), "correct");
        QCOMPARE(event.action, QStringLiteral("correction"));
        QCOMPARE(event.newValue, QStringLiteral("SN-BARU-001"));
        QVERIFY(event.reason.contains(QStringLiteral("S/N pada server berbeda")));
        QVERIFY(event.reason.contains(today().toString(Qt::ISODate)));
        const auto history =
            must(RequestEventRepository(m_s.db()).of(m_assets[0].requestId), "history");
        QCOMPARE(history.last().field, QStringLiteral("placement.serial_number"));
        AssetFilter one;
        one.assetId = m_assets[0].id;
        const auto entry = must(AssetRegister(m_s.db()).entries(one), "entry");
        QCOMPARE(entry.first().placement.serialNumber, QStringLiteral("SN-BARU-001"));
    }

    void aCorrectionStillNeedsAReason()
    {
        const Review review = startReview();
        Correction correction;
        correction.field = QStringLiteral("placement.type_brand");
        correction.newValue = QStringLiteral("Dell R650");
        verifyRefused(
            statusOf(ReviewProcess(m_s.db()).correctAsset(review.id, m_assets[0].id, correction)),
            "required", "reason");
    }

    void overdueRule_data()
    {
        QTest::addColumn<QDate>("lastReviewed");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("never") << QDate() << true;
        QTest::newRow("today") << QDate(2026, 11, 25) << false;
        QTest::newRow("exactly 12 months ago") << QDate(2025, 11, 25) << false;
        QTest::newRow("12 months and a day ago") << QDate(2025, 11, 24) << true;
        QTest::newRow("two years ago") << QDate(2024, 6, 1) << true;
    }

    void overdueRule()
    {
        QFETCH(QDate, lastReviewed);
        QFETCH(bool, overdue);
        const QDate today(2026, 11, 25);
        QCOMPARE(ReviewSchedule::isOverdue(lastReviewed, today), overdue);
        // the register's overdue filter draws the same line
        const QDate cutoff = AssetRegister::onlyReviewOverdue({}, today).reviewedBefore;
        QCOMPARE(!lastReviewed.isValid() || lastReviewed < cutoff, overdue);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
