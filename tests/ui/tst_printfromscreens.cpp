// Preview and print from the screens through the Dialogs seam: the Dokumen tab of a request
// (a form), the Rak page (the rack sheet) and the Aset Register page (the register printout).
// A preview takes no document number; printing (to a PDF file, through the scripted printer
// chooser) takes exactly one and writes the pages. Once from an empty database too.
#include "../documents/PdfInspector.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "documents/DocumentKind.h"
#include "pages/AssetRegisterPage.h"
#include "pages/RackPage.h"
#include "pages/RequestPage.h"
#include "store/DocumentNumbering.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestPrintFromScreens : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_ui;
    QTemporaryDir m_out;

    /// The number `kind` would take next: it moves on by one for every number issued.
    QString nextNumber(DocumentKind kind)
    {
        return must(DocumentNumbering(m_ui.db()).previewNext(
                        nameOf(kind), QStringLiteral("050/{seq:4}/{code}/Aptika/{year}"),
                        DocumentNumbering::kDefaultUnitCode, m_ui.session.clock.today()),
                    "next number");
    }

    template <typename T> void showPage()
    {
        MainWindow &window = m_ui.window();
        const auto pages = window.pages();
        for (int i = 0; i < pages.size(); ++i) {
            if (qobject_cast<T *>(pages[i]))
                return window.showNavigationPage(i);
        }
        qFatal("no page %s", T::staticMetaObject.className());
    }

    /// Previews through `open` (nothing issued), then opens the preview again and presses its
    /// Print: one number is issued and the PDF has the pages the preview showed.
    void previewThenPrintFromThePreview(DocumentKind kind, const std::function<void()> &open)
    {
        const QString before = nextNumber(kind);
        open();
        QCOMPARE(m_ui.dialogs.previews().size(), 1);
        const auto preview = m_ui.dialogs.previews().first();
        QCOMPARE(preview.kind, kind);
        QVERIFY(preview.pages >= 1);
        QVERIFY2(preview.number.isEmpty(), qPrintable(preview.number));
        QCOMPARE(nextNumber(kind), before); // the preview took no number

        const QString pdf = m_out.filePath(nameOf(kind) + QStringLiteral(".pdf"));
        m_ui.dialogs.setNextPrintFile(pdf);
        bool pressed = false;
        m_ui.dialogs.setNextDialog([&pressed](QDialog &dialog) {
            auto *print = dialog.findChild<QPushButton *>(QStringLiteral("previewPrint"));
            QVERIFY(print);
            print->click();
            pressed = true;
        });
        open();
        QVERIFY(pressed);
        QCOMPARE(m_ui.dialogs.previews().size(), 2);
        QVERIFY2(m_ui.dialogs.shown().isEmpty(), qPrintable(m_ui.dialogs.shown().join('\n')));
        // THEN exactly one number was taken, and the file holds the document on its pages
        QVERIFY(nextNumber(kind) != before);
        QVERIFY(QFileInfo(pdf).size() > 0);
        PdfInspector printed(pdf);
        QCOMPARE(printed.pageCount(), preview.pages);
        QVERIFY2(printed.plainText().contains(before), qPrintable(before));
        m_ui.dialogs = ScriptedDialogs();
        QCOMPARE(nextNumber(kind).section('/', 1, 1).toInt(),
                 before.section('/', 1, 1).toInt() + 1);
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
        KOLOKASI_VERIFY_OK(m_ui.completeDocumentSettings());
    }
    void cleanup() { m_ui.stop(); }

    void documentsTabPreviewsWithoutANumberAndPrintsOneToAFile()
    {
        // GIVEN a registered request, its Dokumen tab open
        const qint64 id = m_ui.requestAt(4);
        m_ui.window().openRequest(id);
        m_ui.window().findChild<RequestPage *>()->showTab(1);
        const QString name = nameOf(DocumentKind::Application);
        const QString before = nextNumber(DocumentKind::Application);
        // WHEN the application form is previewed
        QTest::mouseClick(m_ui.find<QPushButton>(QStringLiteral("preview_") + name),
                          Qt::LeftButton);
        // THEN the preview was rendered (not shown) and took no number
        QCOMPARE(m_ui.dialogs.previews().size(), 1);
        QCOMPARE(m_ui.dialogs.previews().first().kind, DocumentKind::Application);
        QVERIFY(m_ui.dialogs.previews().first().pages >= 1);
        QVERIFY(m_ui.dialogs.previews().first().number.isEmpty());
        QCOMPARE(DocumentNumbering(m_ui.db()).issuedForRequest(name, id).ok(), false);
        QCOMPARE(nextNumber(DocumentKind::Application), before);
        // WHEN it is printed, the printer chooser printing to a PDF file
        const QString pdf = m_out.filePath(QStringLiteral("pengajuan.pdf"));
        m_ui.dialogs.setNextPrintFile(pdf);
        QTest::mouseClick(m_ui.find<QPushButton>(QStringLiteral("print_") + name), Qt::LeftButton);
        // THEN one number is issued, the one the PDF carries
        const auto issued = DocumentNumbering(m_ui.db()).issuedForRequest(name, id);
        KOLOKASI_VERIFY_OK(issued);
        QCOMPARE(issued->number, before);
        QCOMPARE(nextNumber(DocumentKind::Application).section('/', 1, 1).toInt(),
                 before.section('/', 1, 1).toInt() + 1);
        QVERIFY2(m_ui.dialogs.shown().isEmpty(), qPrintable(m_ui.dialogs.shown().join('\n')));
        PdfInspector printed(pdf);
        QVERIFY(QFileInfo(pdf).size() > 0);
        QCOMPARE(printed.pageCount(), m_ui.dialogs.previews().first().pages);
        QVERIFY2(printed.plainText().contains(before), qPrintable(printed.plainText()));
    }

    void rackPagePreviewsTheRackSheetAndPrintsItFromThePreview()
    {
        showPage<RackPage>();
        auto *print = m_ui.find<QAction>(QStringLiteral("rackPrintAction"));
        QTRY_VERIFY(print->isEnabled());
        previewThenPrintFromThePreview(DocumentKind::RackView, [print] { print->trigger(); });
    }

    void registerPagePreviewsTheRegisterAndPrintsItFromThePreview()
    {
        m_ui.requestAt(9); // an asset in the register
        showPage<AssetRegisterPage>();
        auto *print = m_ui.find<QAction>(QStringLiteral("printRegisterAction"));
        QTRY_VERIFY(print->isEnabled());
        previewThenPrintFromThePreview(DocumentKind::Register, [print] { print->trigger(); });
    }
};

QTEST_MAIN(TestPrintFromScreens)
#include "tst_printfromscreens.moc"
