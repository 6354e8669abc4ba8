// The request procedure driven through the real main window, across pages: each test clicks
// and types as an admin would and then checks what the database holds, through the core.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WidgetLookup.h"
#include "WindowFixture.h"
#include "pages/RequestPage.h"
#include "pages/StepPage.h"
#include "store/AssetRepository.h"
#include "store/DocumentNumbering.h"
#include "store/StepRepository.h"
#include "widgets/DocumentSource.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/ValidatedLineEdit.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {

void typeNote(QWidget *page, const QString &name, const QString &text)
{
    QTest::keyClicks(in<QPlainTextEdit>(page, name), text);
}

} // namespace

class TestProcedureWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init()
    {
        KOLOKASI_VERIFY_OK(m_ui.start());
        KOLOKASI_VERIFY_OK(m_ui.completeDocumentSettings()); // these tests print
    }
    void cleanup() { m_ui.stop(); }

    void aRequestGoesFromTheLetterToCompletionThroughTheWindow()
    {
        MainWindow &window = m_ui.window();
        RequestPage *view = window.findChild<RequestPage *>();
        // GIVEN the admin starts a new request from the list's action
        window.showNavigationPage(1);
        in<QAction>(&window, QStringLiteral("newRequestPageAction"))->trigger();
        QCOMPARE(window.currentPage(), view);
        StepPage *page = view->stepPage();
        QTest::keyClicks(in<ValidatedLineEdit>(page, QStringLiteral("letterNumber"))->lineEdit(),
                         QStringLiteral("445/88/Dinkes/2026"));
        QTest::keyClicks(in<SearchableComboBox>(page, QStringLiteral("unit"))->lineEdit(),
                         QStringLiteral("Dinas Kesehatan"));
        QTest::keyClicks(in<QLineEdit>(page, QStringLiteral("subject")),
                         QStringLiteral("Co-location SIMPUS"));
        QTest::keyClicks(in<QLineEdit>(page, QStringLiteral("server1Name")),
                         QStringLiteral("srv-simpus"));
        save(page);
        // THEN the view shows the new request with the disposition page
        const qint64 id = view->requestId();
        QVERIFY(id > 0);
        QCOMPARE(m_ui.request(id).letterNumber, QStringLiteral("445/88/Dinkes/2026"));

        QTest::keyClicks(in<QLineEdit>(view->stepPage(), QStringLiteral("toWhom")),
                         QStringLiteral("Tim DC"));
        save(view->stepPage()); // disposition
        save(view->stepPage()); // capacity: available, the proposal as it is
        page = view->stepPage();
        auto *phone = in<ValidatedLineEdit>(page, QStringLiteral("contactPhone"));
        QTest::keyClicks(phone->lineEdit(), QStringLiteral("0812-2345-6789"));
        QTest::keyClicks(in<ValidatedLineEdit>(page, QStringLiteral("domain"))->lineEdit(),
                         QStringLiteral("simpus.cirebonkab.go.id"));
        save(page); // pengajuan
        page = view->stepPage();
        typeNote(page, QStringLiteral("approvalReasons"), QStringLiteral("Kapasitas tersedia"));
        QTest::keyClicks(in<QLineEdit>(page, QStringLiteral("server1SerialNumber")),
                         QStringLiteral("SN-88"));
        save(page); // persetujuan
        QCOMPARE(SopSteps::number(m_ui.request(id).step), 5);

        // The persetujuan saved as PDF: the password is asked, the number issued once
        view->showTab(1);
        QTemporaryDir out;
        m_ui.dialogs.setNextFileName(out.filePath(QStringLiteral("persetujuan.pdf")));
        m_ui.dialogs.setNextText(QStringLiteral("rahasia"));
        QTest::mouseClick(in<QPushButton>(view, QStringLiteral("pdf_persetujuan")), Qt::LeftButton);
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("persetujuan.pdf"))).size() > 1000);
        KOLOKASI_VERIFY_OK(
            DocumentNumbering(m_ui.db()).issuedForRequest(QStringLiteral("persetujuan"), id));

        view->showTab(0);
        save(view->stepPage()); // pemberitahuan
        save(view->stepPage()); // penyerahan
        save(view->stepPage()); // serah terima, delivered as requested
        typeNote(view->stepPage(), QStringLiteral("reportNote"), QStringLiteral("Dapat diakses"));
        save(view->stepPage()); // laporan selesai

        // THEN the request is complete, its server in the register, and the view says so
        const Request request = m_ui.request(id);
        QCOMPARE(request.status, RequestStatus::Completed);
        QCOMPARE(SopSteps::number(request.step), 9);
        QCOMPARE(view->stepPage(), nullptr);
        QCOMPARE(must(PlacementRepository(m_ui.db()).ofRequest(id), "placements").first().status,
                 PlacementStatus::Active);
    }

    void capacityNotAvailableClosesTheRequest()
    {
        const qint64 id = m_ui.requestAt(2);
        RequestPage *view = open(id);
        StepPage *page = view->stepPage();
        in<QRadioButton>(page, QStringLiteral("capacityNotAvailable"))->click();
        typeNote(page, QStringLiteral("capacityNote"), QStringLiteral("UPS penuh"));
        m_ui.dialogs.setNextConfirm(true);
        save(page);
        QCOMPARE(m_ui.request(id).status, RequestStatus::ClosedNoCapacity);
        QCOMPARE(view->stepPage(), nullptr); // nothing left to do
        QVERIFY(in<QLabel>(view, QStringLiteral("headerStatus"))
                    ->text()
                    .contains(QStringLiteral("capacity")));
    }

    void aRejectionClosesTheRequest()
    {
        const qint64 id = m_ui.requestAt(4);
        RequestPage *view = open(id);
        StepPage *page = view->stepPage();
        in<QRadioButton>(page, QStringLiteral("decisionReject"))->click();
        typeNote(page, QStringLiteral("approvalReasons"),
                 QStringLiteral("Aplikasi sudah ada di pusat"));
        m_ui.dialogs.setNextConfirm(true);
        save(page);
        const Request request = m_ui.request(id);
        QCOMPARE(request.status, RequestStatus::ClosedRejected);
        QCOMPARE(request.closeReason, QStringLiteral("Aplikasi sudah ada di pusat"));
        QVERIFY(in<QLabel>(view, QStringLiteral("headerStatus"))
                    ->text()
                    .contains(QStringLiteral("rejected")));
    }

    void aCancellationAsksForAReasonAndClosesTheRequest()
    {
        const qint64 id = m_ui.requestAt(3);
        RequestPage *view = open(id);
        auto *cancel = in<QAction>(view, QStringLiteral("cancelRequestAction"));
        QVERIFY(cancel->isEnabled());
        // WHEN the admin gives a reason but then keeps the request open, nothing changes
        m_ui.dialogs.setNextText(QStringLiteral("Unit membatalkan"));
        m_ui.dialogs.setNextConfirm(false);
        cancel->trigger();
        QCOMPARE(m_ui.request(id).status, RequestStatus::Open);
        // WHEN the admin confirms, the request is cancelled with the reason
        m_ui.dialogs.setNextText(QStringLiteral("Unit membatalkan"));
        m_ui.dialogs.setNextConfirm(true);
        cancel->trigger();
        const Request request = m_ui.request(id);
        QCOMPARE(request.status, RequestStatus::ClosedCancelled);
        QCOMPARE(request.closeReason, QStringLiteral("Unit membatalkan"));
        QVERIFY(!cancel->isEnabled());
    }

    void anActiveAssetIsWithdrawnFromItsCompletedRequest()
    {
        const qint64 id = m_ui.requestAt(9);
        RequestPage *view = open(id);
        auto *withdraw = in<QAction>(view, QStringLiteral("withdrawAction"));
        QVERIFY(withdraw->isEnabled());
        withdraw->trigger();
        StepPage *page = view->stepPage();
        QTest::keyClicks(
            in<ValidatedLineEdit>(page, QStringLiteral("withdrawalLetterNumber"))->lineEdit(),
            QStringLiteral("445/99/Dinkes/2026"));
        QTest::keyClicks(in<QLineEdit>(page, QStringLiteral("withdrawalSubject")),
                         QStringLiteral("Pencabutan SIMPUS"));
        typeNote(page, QStringLiteral("withdrawalReasons"),
                 QStringLiteral("Aplikasi dipindah ke cloud"));
        save(page);
        // THEN the view moves to the new pencabutan request, at its decision
        const qint64 withdrawal = view->requestId();
        QVERIFY(withdrawal != id);
        QCOMPARE(m_ui.request(withdrawal).kind, RequestKind::Withdrawal);
        page = view->stepPage();
        in<QRadioButton>(page, QStringLiteral("withdrawalApprove"))->click();
        save(page);
        m_ui.dialogs.setNextConfirm(true);
        save(view->stepPage());
        QCOMPARE(m_ui.request(withdrawal).status, RequestStatus::Completed);
        QCOMPARE(must(PlacementRepository(m_ui.db()).ofRequest(id), "placements").first().status,
                 PlacementStatus::Released);
    }

    void aFieldRefusedAsInvalidKeepsSaveDisabledAndStoresNothing()
    {
        const qint64 id = m_ui.requestAt(3);
        RequestPage *view = open(id);
        StepPage *page = view->stepPage();
        auto *domain = in<ValidatedLineEdit>(page, QStringLiteral("domain"));
        QTest::keyClicks(domain->lineEdit(), QStringLiteral("simpus dinkes"));
        QTRY_VERIFY(!domain->problem().isEmpty());
        QVERIFY(!in<QPushButton>(page, QStringLiteral("saveButton"))->isEnabled());
        // Ctrl+S does not save it either
        in<QAction>(view, QStringLiteral("saveStepAction"))->trigger();
        QCOMPARE(SopSteps::number(m_ui.request(id).step), 3);
        QVERIFY(!StepRepository(m_ui.db()).application(id).ok());
        QVERIFY(view->hasUnsavedInput());
    }

    void aStaleSaveBySecondConnectionOverwritesNothing()
    {
        const qint64 id = m_ui.requestAt(1);
        RequestPage *view = open(id);
        StepPage *page = view->stepPage();
        QTest::keyClicks(in<QLineEdit>(page, QStringLiteral("toWhom")), QStringLiteral("Tim DC"));
        auto second = m_ui.session.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        second.value()->setActor(QStringLiteral("budi.dc"));
        KOLOKASI_VERIFY_OK(RequestWorkflow(*second.value())
                               .dispose(id, {0, {}, QStringLiteral("Seksi TI"), {}, 0}));
        save(page);
        QCOMPARE(must(StepRepository(m_ui.db()).disposition(id), "disposition").toWhom,
                 QStringLiteral("Seksi TI"));
        QVERIFY(in<QLabel>(page, QStringLiteral("messageBarText"))
                    ->text()
                    .contains(QStringLiteral("budi.dc")));
    }

    void previewingADocumentIssuesNoNumber()
    {
        const qint64 id = m_ui.requestAt(5);
        const int events = int(must(RequestWorkflow(m_ui.db()).history(id), "history").size());
        DocumentOrder order;
        order.kind = DocumentKind::Approval;
        order.requestId = id;
        const auto preview = DocumentSource(m_ui.db()).preview(order);
        KOLOKASI_VERIFY_OK(preview);
        QVERIFY(preview->number.isEmpty());
        QVERIFY(
            !DocumentNumbering(m_ui.db()).issuedForRequest(QStringLiteral("persetujuan"), id).ok());
        QCOMPARE(int(must(RequestWorkflow(m_ui.db()).history(id), "history").size()), events);
        // once issued, the preview shows the number it got
        const auto issued = DocumentSource(m_ui.db()).issue(order);
        KOLOKASI_VERIFY_OK(issued);
        QCOMPARE(DocumentSource(m_ui.db()).preview(order)->number, issued->number);
    }

    void closingWithUnsavedInputAsksFirst()
    {
        const qint64 id = m_ui.requestAt(1);
        open(id);
        QTest::keyClicks(in<QLineEdit>(m_ui.window().findChild<RequestPage *>()->stepPage(),
                                       QStringLiteral("toWhom")),
                         QStringLiteral("Tim DC"));
        // WHEN the admin switches pages and back, the input is still there
        m_ui.window().showNavigationPage(0);
        m_ui.window().showNavigationPage(1);
        m_ui.window().openRequest(id);
        QCOMPARE(in<QLineEdit>(m_ui.window().findChild<RequestPage *>()->stepPage(),
                               QStringLiteral("toWhom"))
                     ->text(),
                 QStringLiteral("Tim DC"));
        // WHEN closing, the window asks; kept open when the admin keeps editing
        m_ui.dialogs.setNextConfirm(false);
        QVERIFY(!m_ui.window().close());
        QVERIFY(m_ui.dialogs.shown().last().contains(QStringLiteral("not saved")));
        m_ui.dialogs.setNextConfirm(true);
        QVERIFY(m_ui.closeWindow());
    }

private:
    RequestPage *open(qint64 id)
    {
        m_ui.window().openRequest(id);
        return m_ui.window().findChild<RequestPage *>();
    }

    static void save(QWidget *page)
    {
        auto *button = in<QPushButton>(page, QStringLiteral("saveButton"));
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    WindowFixture m_ui;
};

QTEST_MAIN(TestProcedureWindow)
#include "tst_procedurewindow.moc"
