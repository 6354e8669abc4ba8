// A first day at the office: from an empty database, Dasbor, Permohonan, Rak and Aset
// Register each say what is missing and offer the next action as a button; once a record
// exists, the list is shown instead.
#include "../workflow/WorkflowFixture.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestEnvironment.h"
#include "UiContext.h"
#include "pages/AssetRegisterPage.h"
#include "pages/DashboardPage.h"
#include "pages/DataCentrePage.h"
#include "pages/RackPage.h"
#include "pages/RequestListPage.h"
#include "pages/RequestPage.h"
#include "widgets/EmptyState.h"
#include "widgets/ImportRegisterDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace kolokasi;
using namespace kolokasi::test;

class TestEmptyStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    FixedClock m_clock{fixtureStart()};
    PerTestDatabase m_database;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<RequestWorkflow> m_workflow;
    std::unique_ptr<UiContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    DataCentre m_dc;

    Database &db() { return m_database.db(); }

    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(*m_context);
            m_window->resize(1366, 768);
            m_window->show();
            if (!QTest::qWaitForWindowExposed(m_window.get()))
                qFatal("the window was not shown");
        }
        return *m_window;
    }

    EmptyState *emptyState(const QString &name)
    {
        auto *found = window().findChild<EmptyState *>(name);
        if (!found)
            qFatal("no empty state %s", qPrintable(name));
        return found;
    }

    /// What the setup guide leaves behind, and one request registered (step 1).
    qint64 firstRequest()
    {
        m_dc = DataCentre::build(db());
        RequestDriver driver(db(), m_clock, m_dc);
        return driver.registerLetter(driver.letter());
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings().clear();
        m_clock.set(fixtureStart());
        KOLOKASI_VERIFY_OK(m_database.start(m_clock));
        db().setActor(QStringLiteral("admin.dc"));
        m_workflow = std::make_unique<RequestWorkflow>(db());
        m_context = std::make_unique<UiContext>(UiContext{db(), *m_workflow, m_dialogs, m_clock});
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_workflow.reset();
        m_database.stop();
        m_dialogs = ScriptedDialogs();
    }

    void requestListSaysHowToBeginAndItsButtonStartsANewRequest()
    {
        // GIVEN an empty database, WHEN Permohonan is shown
        window().showNavigationPage(1);
        EmptyState *empty = emptyState(QStringLiteral("requestListEmpty"));
        // THEN it says there is no request and how to record one
        QTRY_VERIFY(empty->isEmpty());
        QVERIFY(empty->messageLabel()->text().contains(QStringLiteral("Ctrl+N")));
        QVERIFY(empty->button()->isVisible());

        // WHEN its button is clicked THEN the letter page of a new request opens, as Ctrl+N
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QVERIFY(qobject_cast<RequestPage *>(window().currentPage()));

        // WHEN a request exists THEN the list is shown
        const qint64 id = firstRequest();
        QVERIFY(id > 0);
        window().showNavigationPage(1);
        window().currentPage()->reload();
        QTRY_VERIFY(!empty->isEmpty());
        QCOMPARE(window()
                     .findChild<QAbstractItemView *>(QStringLiteral("requestTable"))
                     ->model()
                     ->rowCount(),
                 1);
    }

    void aSearchThatFindsNothingIsNoEmptyDatabase()
    {
        firstRequest();
        window().showNavigationPage(1);
        EmptyState *empty = emptyState(QStringLiteral("requestListEmpty"));
        QTRY_VERIFY(!empty->isEmpty());
        auto *search = window().findChild<QLineEdit *>(QStringLiteral("requestSearch"));
        QTest::keyClicks(search, QStringLiteral("zzzz-nothing"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(window()
                         .findChild<QAbstractItemView *>(QStringLiteral("requestTable"))
                         ->model()
                         ->rowCount(),
                     0);
        QVERIFY(!empty->isEmpty()); // the table (and its count) says nothing was found
    }

    void dashboardSaysWhatIsMissingAndItsButtonsLead()
    {
        window().showNavigationPage(0);
        EmptyState *open = emptyState(QStringLiteral("openRequestsEmpty"));
        EmptyState *capacity = emptyState(QStringLiteral("nocCapacityEmpty"));
        QTRY_VERIFY(open->isEmpty());
        QVERIFY(capacity->isEmpty());
        QVERIFY(capacity->messageLabel()->text().contains(QStringLiteral("NOC")));

        QTest::mouseClick(capacity->button(), Qt::LeftButton);
        QVERIFY(qobject_cast<DataCentrePage *>(window().currentPage()));
        window().showNavigationPage(0);
        QTest::mouseClick(open->button(), Qt::LeftButton);
        QVERIFY(qobject_cast<RequestPage *>(window().currentPage()));

        // WHEN the data centre and a request exist THEN both lists are shown
        firstRequest();
        window().showNavigationPage(0);
        window().currentPage()->reload();
        QTRY_VERIFY(!open->isEmpty());
        QVERIFY(!capacity->isEmpty());
    }

    void rackViewSaysToAddANocThenItsRacks()
    {
        window().showNavigationPage(2);
        EmptyState *empty = emptyState(QStringLiteral("rackEmpty"));
        QTRY_VERIFY(empty->isEmpty());
        QVERIFY(empty->messageLabel()->text().contains(QStringLiteral("No NOC yet")));
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        QVERIFY(qobject_cast<DataCentrePage *>(window().currentPage()));

        // WHEN a NOC exists without racks THEN it names the NOC and asks for its racks
        m_dc = DataCentre::build(db(), 0);
        window().showNavigationPage(2);
        window().currentPage()->reload();
        QTRY_VERIFY(empty->messageLabel()->text().contains(QStringLiteral("has no rack yet")));
        QVERIFY(empty->isEmpty());
    }

    void rackViewShowsTheRacksOnceThereAreSome()
    {
        m_dc = DataCentre::build(db());
        window().showNavigationPage(2);
        EmptyState *empty = emptyState(QStringLiteral("rackEmpty"));
        QTRY_VERIFY(!empty->isEmpty());
    }

    void registerSaysHowAssetsComeInAndItsButtonImports()
    {
        window().showNavigationPage(3);
        EmptyState *empty = emptyState(QStringLiteral("assetRegisterEmpty"));
        QTRY_VERIFY(empty->isEmpty());
        QTest::mouseClick(empty->button(), Qt::LeftButton);
        auto *dialog = window().findChild<ImportRegisterDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();

        // WHEN a request is completed (its server registered) THEN the register is listed
        const qint64 id = firstRequest();
        RequestDriver(db(), m_clock, m_dc).advanceTo(id, 9);
        window().showNavigationPage(3);
        window().currentPage()->reload();
        QTRY_VERIFY(!empty->isEmpty());
    }
};

QTEST_MAIN(TestEmptyStates)
#include "tst_emptystates.moc"
