#pragma once

#include <QMainWindow>
#include <QStyle>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace kolokasi {

class AssetRegisterPage;
class BackupActions;
class DashboardPage;
class DataCentrePage;
class Page;
class RackPage;
class RequestListPage;
class RequestPage;
class ReviewPage;
class UnitsPage;
class SettingsPage;
struct UiContext;

/// The application window: navigation between the pages, nothing else. A side list for the
/// pages, menus and a toolbar with the current page's main actions, the database and the
/// signed-in admin in the status bar. Remembers its geometry and last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page *currentPage() const;
    /// Opens the request view on `requestId` (asks first if the view holds unsaved input).
    void openRequest(qint64 requestId);
    /// Shows the navigation page at `index` (0: Dasbor, 1: Permohonan).
    void showNavigationPage(int index);
    /// Opens the request view on the letter page of a new request (Permohonan baru).
    void startNewRequest();
    /// Shows Aset Register with the asset's record and history.
    void openAsset(qint64 assetId);
    /// Opens request `requestId` on the registration page of a pencabutan of its assets.
    void startWithdrawal(qint64 requestId);
    /// The pages in the window's stack, for the screenshots command.
    QList<Page *> pages() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addNavigationPage(Page *page, QStyle::StandardPixmap icon);
    void followChanges();
    void reloadPages();
    void createMenus();
    void createStatusBar();
    void showPage(Page *page);
    void pageShown();
    void findRequests();
    void changeAdmin();
    void showAbout();
    void updateAdminLabel();
    bool confirmDiscard(const QString &question);
    void restoreSettings();
    void saveSettings() const;

    UiContext &m_context;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QToolBar *m_toolbar;
    QLabel *m_adminLabel = nullptr;
    QList<Page *> m_navigationPages;
    DashboardPage *m_dashboard;
    RequestListPage *m_requests;
    RequestPage *m_request;
    RackPage *m_rack;
    AssetRegisterPage *m_register;
    ReviewPage *m_review;
    DataCentrePage *m_dataCentre;
    UnitsPage *m_units;
    SettingsPage *m_settings;
    BackupActions *m_backup;
};

} // namespace kolokasi
