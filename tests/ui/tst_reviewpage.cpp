// The Peninjauan page in the real window, offscreen: a review run to the end by keyboard
// stamps the dates and empties the dashboard's overdue count; a review started on a second
// connection is resumed from the store; a finding another admin changed meanwhile is refused
// with the core's message and read again; "Tidak sesuai" asks for its note.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "models/ReviewLinesModel.h"
#include "pages/ReviewPage.h"
#include "register/AssetRegister.h"
#include "register/ReviewProcess.h"
#include "store/AssetRepository.h"
#include "store/RequestEventRepository.h"
#include "store/ReviewRepository.h"
#include "widgets/CorrectionDialog.h"
#include "widgets/MessageBar.h"
#include "widgets/ReviewSheet.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_ui;
    QList<qint64> m_assets;

    qint64 install(const QString &name)
    {
        WorkflowSession &s = m_ui.session;
        const qint64 id = s.driver().registerLetter(s.driver().letter({makeServer(name)}));
        s.driver().advanceTo(id, 3);
        must(s.flow().fillApplication(
                 id, s.driver().application(name + QStringLiteral(".cirebonkab.go.id"))),
             "form");
        s.driver().advanceTo(id, 9);
        for (const RegisterEntry &entry : must(AssetRegister(m_ui.db()).entries({}), "entries")) {
            if (entry.asset.requestId == id)
                return entry.asset.id;
        }
        qFatal("no asset installed");
    }

    ReviewPage *openReviewPage()
    {
        auto *overdue = m_ui.find<QLabel>(QStringLiteral("reviewOverdue"));
        emit overdue->linkActivated(QStringLiteral("review")); // the dashboard's link
        auto *page = qobject_cast<ReviewPage *>(m_ui.window().currentPage());
        if (!page)
            qFatal("the dashboard's link did not open Peninjauan");
        return page;
    }

    QTableView *lines() { return m_ui.find<QTableView>(QStringLiteral("reviewLines")); }
    QString finding(int row)
    {
        return lines()->model()->index(row, ReviewLinesModel::FindingColumn).data().toString();
    }
    QString progressText()
    {
        return m_ui.find<QProgressBar>(QStringLiteral("reviewProgress"))->text();
    }
    qint64 openReviewId()
    {
        const auto open = must(ReviewRepository(m_ui.db()).unfinished(), "unfinished");
        return open.isEmpty() ? 0 : open.first().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_ui.start());
        m_assets.clear();
        for (const char *name : {"simpeg", "simpus", "sipd"})
            m_assets.append(install(QString::fromLatin1(name)));
    }

    void cleanup() { m_ui.stop(); }

    void aReviewRunToTheEndByKeyboardStampsTheDates()
    {
        // GIVEN three assets never reviewed: the dashboard counts them overdue
        m_ui.window().showNavigationPage(0);
        auto *overdue = m_ui.find<QLabel>(QStringLiteral("reviewOverdue"));
        QVERIFY2(overdue->text().contains(QLatin1String("Overdue for review: 3 assets")),
                 qPrintable(overdue->text()));
        ReviewPage *page = openReviewPage();
        // WHEN the admin starts a review (the reviewer is the signed-in admin by default)
        auto *reviewer = m_ui.find<QLineEdit>(QStringLiteral("reviewReviewer"));
        QCOMPARE(reviewer->text(), QStringLiteral("AHMAD FAUZI, S.T."));
        QTest::mouseClick(m_ui.find<QPushButton>(QStringLiteral("reviewStart")), Qt::LeftButton);
        QVERIFY(openReviewId() > 0);
        QCOMPARE(progressText(), QStringLiteral("0 of 3 reviewed"));
        // AND marks each asset with the keys 1, 3 and 2 (the note typed, then Enter)
        lines()->setFocus();
        QTest::keyClick(lines(), Qt::Key_1);
        QCOMPARE(lines()->currentIndex().row(), 1); // the next asset is current
        QTest::keyClick(lines(), Qt::Key_3);
        auto *note = m_ui.find<QLineEdit>(QStringLiteral("reviewFindingNote"));
        QTest::keyClicks(note, QStringLiteral("Ditemukan di rak R02"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(progressText(), QStringLiteral("3 of 3 reviewed"));
        QCOMPARE(finding(0), QStringLiteral("Matches"));
        QCOMPARE(finding(1), QStringLiteral("Not found"));
        QCOMPARE(finding(2), QStringLiteral("Does not match"));
        // AND finishes it, answering the question that says what happens
        m_ui.dialogs.setNextConfirm(true);
        page->findChild<QAction *>(QStringLiteral("reviewFinishAction"))->trigger();
        QVERIFY(m_ui.dialogs.shown().last().contains(QLatin1String("3 reviewed assets")));
        // THEN each asset carries the review's date, and none is overdue any more
        for (qint64 asset : m_assets)
            QCOMPARE(must(AssetRepository(m_ui.db()).find(asset), "asset").lastReviewedOn,
                     m_ui.session.clock.today());
        QCOMPARE(openReviewId(), 0);
        QVERIFY(m_ui.find<QTableView>(QStringLiteral("reviewList"))->isVisible());
        // (a hidden Dasbor reads again when it is next shown)
        m_ui.window().showNavigationPage(0);
        QVERIFY2(overdue->text().contains(QLatin1String("Overdue for review: 0 assets")),
                 qPrintable(overdue->text()));
    }

    void finishingAsksFirstAndNoChangesNothing()
    {
        ReviewPage *page = openReviewPage();
        page->startReview();
        lines()->setFocus();
        QTest::keyClick(lines(), Qt::Key_1);
        m_ui.dialogs.setNextConfirm(false);
        page->findChild<QAction *>(QStringLiteral("reviewFinishAction"))->trigger();
        QVERIFY(m_ui.dialogs.shown().last().contains(QLatin1String("2 assets not reviewed")));
        QVERIFY(openReviewId() > 0);
        QVERIFY(
            !must(AssetRepository(m_ui.db()).find(m_assets[0]), "asset").lastReviewedOn.isValid());
    }

    void aReviewStartedOnASecondConnectionIsResumed()
    {
        // GIVEN another admin started a review and marked one asset on their PC
        auto second = must(m_ui.session.openSecondSession(), "second session");
        second->setActor(QStringLiteral("admin.dua"));
        ReviewProcess theirs(*second);
        const Review review =
            must(theirs.start(m_ui.session.clock.today(), QStringLiteral("Siti Aminah")), "start");
        must(theirs.mark(review.id, m_assets[0], ReviewFinding::Matches, {}, 0), "mark");
        // WHEN this admin opens Peninjauan
        openReviewPage();
        // THEN their review is shown as stored, and marking goes on
        QVERIFY(lines()->isVisible());
        QVERIFY(m_ui.find<QLabel>(QStringLiteral("reviewHeading"))
                    ->text()
                    .contains(QLatin1String("Siti Aminah")));
        QCOMPARE(progressText(), QStringLiteral("1 of 3 reviewed"));
        QCOMPARE(finding(0), QStringLiteral("Matches"));
        lines()->setCurrentIndex(lines()->model()->index(1, 0));
        lines()->setFocus();
        QTest::keyClick(lines(), Qt::Key_1);
        const auto progress = must(theirs.progress(review.id), "progress");
        QCOMPARE(progress.marked, 2);
    }

    void aFindingChangedByAnotherAdminIsNotOverwritten()
    {
        ReviewPage *page = openReviewPage();
        page->startReview();
        const qint64 review = openReviewId();
        // GIVEN another admin marks the first asset after this screen read the review
        auto second = must(m_ui.session.openSecondSession(), "second session");
        second->setActor(QStringLiteral("admin.dua"));
        must(ReviewProcess(*second).mark(review, m_assets[0], ReviewFinding::DoesNotMatch,
                                         QStringLiteral("S/N berbeda"), 0),
             "their mark");
        QCOMPARE(finding(0), QStringLiteral("Not reviewed"));
        // WHEN this admin marks it Sesuai
        lines()->setCurrentIndex(lines()->model()->index(0, 0));
        lines()->setFocus();
        QTest::keyClick(lines(), Qt::Key_1);
        // THEN the core's stale message shows, the review is read again, theirs stands
        auto *reviewBar = page->findChild<MessageBar *>();
        QVERIFY(reviewBar && reviewBar->isVisible());
        QVERIFY2(reviewBar->text().contains(QLatin1String("Another admin changed this finding")),
                 qPrintable(reviewBar->text()));
        QCOMPARE(finding(0), QStringLiteral("Does not match"));
        const auto items = must(ReviewRepository(m_ui.db()).items(review), "items");
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().markedBy, QStringLiteral("admin.dua"));
        QVERIFY(!items.first().matches);
    }

    void correctAssetRecordsACorrectionFromTheReview()
    {
        ReviewPage *page = openReviewPage();
        page->startReview();
        lines()->setCurrentIndex(lines()->model()->index(1, 0));
        const qint64 asset =
            lines()->currentIndex().data(ReviewLinesModel::AssetIdRole).toLongLong();
        const qint64 request =
            lines()->currentIndex().data(ReviewLinesModel::RequestIdRole).toLongLong();
        // The dialog goes through the seam, which hands it to this test to fill in.
        bool filled = false;
        m_ui.dialogs.setNextDialog([&filled](QDialog &shown) {
            auto *dialog = qobject_cast<CorrectionDialog *>(&shown);
            if (!dialog)
                return;
            auto *field = dialog->findChild<QComboBox *>(QStringLiteral("correctionField"));
            field->setCurrentIndex(field->findData(QStringLiteral("placement.serial_number")));
            dialog->findChild<QLineEdit *>(QStringLiteral("correctionNewValue"))
                ->setText(QStringLiteral("SN-LAPANGAN-7"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("correctionReason"))
                ->setPlainText(QStringLiteral("S/N pada server berbeda"));
            filled = true;
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("correctionSave")),
                              Qt::LeftButton);
        });
        QTest::mouseClick(m_ui.find<QPushButton>(QStringLiteral("reviewCorrect")), Qt::LeftButton);
        QVERIFY(filled);
        // THEN the request's history has the correction, naming the review, on this asset
        const auto history = must(RequestEventRepository(m_ui.db()).of(request), "history");
        QCOMPARE(history.last().action, QStringLiteral("correction"));
        QCOMPARE(history.last().newValue, QStringLiteral("SN-LAPANGAN-7"));
        QVERIFY(history.last().reason.contains(QLatin1String("S/N pada server berbeda")));
        QVERIFY(history.last().reason.contains(m_ui.session.clock.today().toString(Qt::ISODate)));
        AssetFilter one;
        one.assetId = asset;
        QCOMPARE(
            must(AssetRegister(m_ui.db()).entries(one), "entry").first().placement.serialNumber,
            QStringLiteral("SN-LAPANGAN-7"));
        QCOMPARE(lines()->model()->index(1, ReviewLinesModel::SerialNumberColumn).data().toString(),
                 QStringLiteral("SN-LAPANGAN-7"));
    }

    void doesNotMatchAsksForItsNote()
    {
        ReviewPage *page = openReviewPage();
        page->startReview();
        lines()->setFocus();
        QTest::keyClick(lines(), Qt::Key_2);
        auto *note = m_ui.find<QLineEdit>(QStringLiteral("reviewFindingNote"));
        QTRY_VERIFY(note->hasFocus());
        QCOMPARE(finding(0), QStringLiteral("Not reviewed"));
        QVERIFY(page->findChild<MessageBar *>()->isVisible());
        QTest::keyClicks(note, QStringLiteral("Server di rak lain"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(finding(0), QStringLiteral("Does not match"));
        QVERIFY(!page->findChild<MessageBar *>()->isVisible());
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
