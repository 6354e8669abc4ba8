#include "MainWindow.h"

#include "UiContext.h"
#include "pages/AssetRegisterPage.h"
#include "pages/DashboardPage.h"
#include "pages/DataCentrePage.h"
#include "pages/RackPage.h"
#include "pages/RequestListPage.h"
#include "pages/RequestPage.h"
#include "pages/ReviewPage.h"
#include "pages/SettingsPage.h"
#include "pages/UnitsPage.h"
#include "store/Database.h"
#include "widgets/AdminChooser.h"
#include "widgets/BackupActions.h"
#include "widgets/Dialogs.h"
#include "widgets/PageTitle.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <algorithm>

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

namespace kolokasi {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
} // namespace

MainWindow::MainWindow(UiContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_toolbar(addToolBar(tr("Main actions"))),
      m_dashboard(new DashboardPage(context, this)), m_requests(new RequestListPage(context, this)),
      m_request(new RequestPage(context, this)), m_rack(new RackPage(context, this)),
      m_register(new AssetRegisterPage(context, this)), m_review(new ReviewPage(context, this)),
      m_dataCentre(new DataCentrePage(context, this)), m_units(new UnitsPage(context, this)),
      m_settings(new SettingsPage(context, this)), m_backup(new BackupActions(context, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kolokasi.png")));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    addNavigationPage(m_dashboard, QStyle::SP_ComputerIcon);
    addNavigationPage(m_requests, QStyle::SP_FileDialogDetailedView);
    addNavigationPage(m_rack, QStyle::SP_DriveHDIcon);
    addNavigationPage(m_register, QStyle::SP_FileDialogListView);
    addNavigationPage(m_review, QStyle::SP_DialogApplyButton);
    addNavigationPage(m_dataCentre, QStyle::SP_DriveNetIcon);
    addNavigationPage(m_units, QStyle::SP_DirHomeIcon);
    addNavigationPage(m_settings, QStyle::SP_FileDialogInfoView);
    m_stack->addWidget(m_request);
    int widest = 0;
    for (const Page *page : std::as_const(m_navigationPages))
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(page->title()));
    m_navigation->setFixedWidth(widest + m_navigation->iconSize().width() + 40);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_navigationPages.size())
            showPage(m_navigationPages[row]);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::pageShown);

    connect(m_dashboard, &DashboardPage::openRequested, this, &MainWindow::openRequest);
    connect(m_requests, &RequestListPage::openRequested, this, &MainWindow::openRequest);
    connect(m_requests, &RequestListPage::newRequested, this, &MainWindow::startNewRequest);
    connect(m_request, &RequestPage::openRequested, this, &MainWindow::openRequest);
    connect(m_rack, &RackPage::openRequestRequested, this, &MainWindow::openRequest);
    connect(m_rack, &RackPage::openAssetRequested, this, &MainWindow::openAsset);
    connect(m_dashboard, &DashboardPage::reviewRequested, this, [this] { showPage(m_review); });
    connect(m_dashboard, &DashboardPage::registerRequested, this, [this] { showPage(m_register); });
    connect(m_dashboard, &DashboardPage::requestListRequested, this,
            [this] { showPage(m_requests); });
    connect(m_dashboard, &DashboardPage::newRequestRequested, this, &MainWindow::startNewRequest);
    connect(m_dashboard, &DashboardPage::dataCentreRequested, this,
            [this] { showPage(m_dataCentre); });
    connect(m_rack, &RackPage::dataCentreRequested, this, [this] { showPage(m_dataCentre); });
    connect(m_review, &ReviewPage::reviewFinished, m_dashboard, &DashboardPage::reload);
    connect(m_backup, &BackupActions::restored, this, &MainWindow::reloadPages);
    connect(m_register, &AssetRegisterPage::openRequested, this, &MainWindow::openRequest);
    connect(m_register, &AssetRegisterPage::withdrawalRequested, this,
            &MainWindow::startWithdrawal);
    followChanges();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();
    restoreSettings();
    pageShown();
}

MainWindow::~MainWindow() = default;

// Every page shows what the database holds now: the workflow's notifier names what changed
// (here, and other admins' changes on PostgreSQL); on SQLite the window checks when it is
// activated again. Without a notifier the request view's own signal keeps the lists fresh.
void MainWindow::followChanges()
{
    ChangeNotifier *notifier = m_context.workflow.notifier();
    if (!notifier) {
        connect(m_request, &RequestPage::requestChanged, this, &MainWindow::reloadPages);
        return;
    }
    connect(notifier, &ChangeNotifier::requestChanged, this, &MainWindow::reloadPages);
    connect(notifier, &ChangeNotifier::placementChanged, m_dashboard, &DashboardPage::reload);
    connect(notifier, &ChangeNotifier::placementChanged, m_dataCentre, &DataCentrePage::reload);
    connect(notifier, &ChangeNotifier::outsideChange, this, &MainWindow::reloadPages);
    connect(notifier, &ChangeNotifier::settingsChanged, this,
            &MainWindow::reloadPages); // units, officers, settings
}

void MainWindow::reloadPages()
{
    for (Page *page : pages())
        page->reload(); // a page keeps what the admin typed
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        if (ChangeNotifier *notifier = m_context.workflow.notifier())
            (void)notifier->checkForOutsideChanges();
    }
}

void MainWindow::addNavigationPage(Page *page, QStyle::StandardPixmap icon)
{
    auto *item = new QListWidgetItem(style()->standardIcon(icon), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_navigationPages.append(page);
    m_stack->addWidget(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), this, &MainWindow::startNewRequest);
    newRequest->setObjectName(QStringLiteral("newRequestAction"));
    newRequest->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(tr("Change &admin…"), this, &MainWindow::changeAdmin)
        ->setObjectName(QStringLiteral("changeAdminAction"));
    file->addSeparator();
    file->addAction(tr("&Back up…"), m_backup, &BackupActions::backUp)
        ->setObjectName(QStringLiteral("backupAction"));
    file->addAction(tr("&Restore…"), m_backup, &BackupActions::restore)
        ->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Search requests"), this, &MainWindow::findRequests);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigationPages.size(); ++i) {
        QAction *go = view->addAction(m_navigationPages[i]->title(), this,
                                      [this, i] { showNavigationPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        if (Page *page = currentPage())
            page->reload();
    });
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kolokasi"), this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    auto *database =
        new QLabel(tr("Database: %1").arg(m_context.db.location().displayName()), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    m_adminLabel = new QLabel(this);
    m_adminLabel->setObjectName(QStringLiteral("adminLabel"));
    statusBar()->addPermanentWidget(database);
    statusBar()->addPermanentWidget(m_adminLabel);
    updateAdminLabel();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

QList<Page *> MainWindow::pages() const
{
    QList<Page *> all = m_navigationPages; // in the navigation's order: index = row
    all.append(m_request);
    return all;
}

void MainWindow::showNavigationPage(int index)
{
    if (index >= 0 && index < m_navigationPages.size())
        showPage(m_navigationPages[index]);
}

void MainWindow::showPage(Page *page)
{
    m_stack->setCurrentWidget(page);
}

void MainWindow::pageShown()
{
    Page *page = currentPage();
    if (!page)
        return;
    // The request view belongs to Permohonan in the navigation.
    const int row =
        page == m_request ? m_navigationPages.indexOf(m_requests) : m_navigationPages.indexOf(page);
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(row);
    // One place for an action (UI.md): the page's title line. The toolbar only carries what
    // the page's title line does not show (the window-wide), so nothing appears twice.
    QList<QAction *> wide;
    const QList<PageTitle *> titles = page->findChildren<PageTitle *>();
    for (QAction *action : page->mainActions()) {
        if (std::none_of(titles.begin(), titles.end(),
                         [action](const PageTitle *title) { return title->shows(action); }))
            wide.append(action);
    }
    m_toolbar->clear();
    m_toolbar->addActions(wide);
    m_toolbar->setVisible(!wide.isEmpty());
    setWindowTitle(tr("%1 — Kolokasi").arg(page->title()));
}

void MainWindow::openRequest(qint64 requestId)
{
    if (m_request->hasUnsavedInput() && m_request->requestId() == requestId)
        return showPage(m_request); // back to the input left there
    if (m_request->hasUnsavedInput() &&
        !confirmDiscard(tr("The open request has input that is not saved. Open request %1 and "
                           "discard that input?")
                            .arg(requestId)))
        return;
    m_request->load(requestId);
    showPage(m_request);
    pageShown(); // the title follows the request
}

void MainWindow::openAsset(qint64 assetId)
{
    showPage(m_register);
    m_register->openAsset(assetId);
}

void MainWindow::startWithdrawal(qint64 requestId)
{
    openRequest(requestId);
    if (currentPage() == m_request && m_request->requestId() == requestId)
        m_request->startWithdrawal();
}

void MainWindow::startNewRequest()
{
    if (m_request->hasUnsavedInput() &&
        !confirmDiscard(tr("The open request has input that is not saved. Start a new request "
                           "and discard that input?")))
        return;
    m_request->startNew();
    showPage(m_request);
    pageShown();
}

void MainWindow::findRequests()
{
    showPage(m_requests);
    m_requests->focusSearch();
}

void MainWindow::changeAdmin()
{
    if (AdminChooser::signIn(m_context.db, m_context.dialogs, this))
        updateAdminLabel();
}

void MainWindow::showAbout()
{
    m_context.dialogs.information(
        this, tr("About Kolokasi"),
        tr("Kolokasi %1: co-location of servers and hosting of applications, following the "
           "data centre's SOP.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::updateAdminLabel()
{
    const QString actor = m_context.db.actor();
    m_adminLabel->setText(actor.isEmpty() ? tr("Admin: nobody signed in")
                                          : tr("Admin: %1").arg(actor));
}

bool MainWindow::confirmDiscard(const QString &question)
{
    return m_context.dialogs.confirm(this, tr("Unsaved input"), question, tr("Discard input"),
                                     tr("Keep editing"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : pages()) {
        if (page->hasUnsavedInput() &&
            !m_context.dialogs.confirm(
                this, tr("Unsaved input"),
                tr("%1 has input that is not saved. Close Kolokasi and discard "
                   "it?")
                    .arg(page->title()),
                tr("Close without saving"), tr("Keep editing"))) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 720);
    restoreState(settings.value(kStateKey).toByteArray());
    const QString last = settings.value(kPageKey).toString();
    for (int i = 0; i < m_navigationPages.size(); ++i) {
        if (m_navigationPages[i]->objectName() == last)
            return showNavigationPage(i);
    }
    showNavigationPage(0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    const Page *page = currentPage() == m_request ? m_requests : currentPage();
    if (page)
        settings.setValue(kPageKey, page->objectName());
}

} // namespace kolokasi
