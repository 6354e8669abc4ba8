#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "pages/Page.h"
#include "widgets/AdminChooser.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyleFactory>
#include <QtTest>

using namespace kolokasi;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void showsTheDatabaseAndTheAdminInTheStatusBar()
    {
        auto *database = m_ui.find<QLabel>(QStringLiteral("databaseLabel"));
        auto *admin = m_ui.find<QLabel>(QStringLiteral("adminLabel"));
        QVERIFY(database && admin);
        QVERIFY(database->text().contains(m_ui.db().location().displayName()));
        QVERIFY(admin->text().contains(QStringLiteral("AHMAD FAUZI, S.T.")));
    }

    void signInOffersTheDataCentreOfficersAndRemembersTheChoice()
    {
        SettingsService settings(m_ui.db());
        KOLOKASI_VERIFY_OK(settings.saveSignatory(
            {Signatory::kHeadOfDivision, QStringLiteral("Ir. HENDRA GUNAWAN, M.T."),
             QStringLiteral("197503142000031002"), QStringLiteral("Kepala Bidang")}));
        // THEN the data-centre officer comes first, then the head of division
        const QStringList officers = AdminChooser::officersOf(m_ui.db());
        QCOMPARE(officers, (QStringList{QStringLiteral("AHMAD FAUZI, S.T."),
                                        QStringLiteral("Ir. HENDRA GUNAWAN, M.T.")}));
        AdminChooser chooser(officers, QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        QCOMPARE(chooser.chosenName(), QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        // only the officers are offered: no name can be typed in
        auto *name = chooser.findChild<QComboBox *>(QStringLiteral("adminName"));
        QVERIFY(!name->isEditable());
        // with no officer at all, a name is typed and cannot be empty
        AdminChooser none({}, QString());
        QVERIFY(!none.findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(none.findChild<QLabel *>(QStringLiteral("adminMissing"))->text().contains(
            QStringLiteral("Signatories")));
        AdminChooser::remember(QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        QCOMPARE(AdminChooser::rememberedName(), QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
    }

    void switchesPagesWithTheSideListAndTheKeyboard()
    {
        MainWindow &window = m_ui.window();
        // WHEN the admin presses Ctrl+2, THEN the request list shows and the list marks it
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPage()->objectName(), QStringLiteral("requestListPage"));
        auto *navigation = m_ui.find<QListWidget>(QStringLiteral("navigation"));
        QCOMPARE(navigation->currentRow(), 1);
        // WHEN the first entry of the side list is chosen, THEN the dashboard shows
        navigation->setCurrentRow(0);
        QCOMPARE(window.currentPage()->objectName(), QStringLiteral("dashboardPage"));
        QVERIFY(window.windowTitle().startsWith(window.currentPage()->title()));
    }

    void searchShortcutFocusesTheRequestSearch()
    {
        MainWindow &window = m_ui.window();
        QApplication::setActiveWindow(&window);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(window.currentPage()->objectName(), QStringLiteral("requestListPage"));
        QTRY_VERIFY(m_ui.find<QLineEdit>(QStringLiteral("requestSearch"))->hasFocus());
    }

    void remembersTheLastPageAndTheGeometry()
    {
        m_ui.window().showNavigationPage(1);
        m_ui.window().resize(1100, 700);
        QVERIFY(m_ui.closeWindow());
        // THEN a new window opens where the last one was left
        QCOMPARE(m_ui.window().currentPage()->objectName(), QStringLiteral("requestListPage"));
        QCOMPARE(m_ui.window().size(), QSize(1100, 700));
    }

private:
    test::WindowFixture m_ui;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
