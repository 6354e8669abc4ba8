#pragma once

#include "Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kolokasi {

class PageTitle;
class RequestListModel;
struct UiContext;

/// Permohonan: every request, searched as you type (letter number, unit, subject, domain),
/// filtered by status, step, unit, year and service type, sortable, with the service-standard
/// state as a badge. Double-click or Enter opens a request; "Permohonan baru" starts step 1.
/// Searching, filtering, sorting and paging happen in the core's summary query.
class RequestListPage : public Page
{
    Q_OBJECT

public:
    RequestListPage(UiContext &context, QWidget *parent = nullptr);
    ~RequestListPage() override;

    QString title() const override;
    QList<QAction *> mainActions() const override;
    void reload() override;

    /// Puts the cursor in the search box (Ctrl+F).
    void focusSearch();

signals:
    void openRequested(qint64 requestId);
    void newRequested();

private:
    bool m_read = false; // the first page read (on the first show)
    QComboBox *filterBox(const QString &objectName, const QString &allText);
    void fillFilters();
    void applyFilters();
    /// A search or a filter narrows the list (an empty list then is no empty database).
    bool isNarrowed() const;
    void openCurrent();
    void updateCount();
    void restoreColumns();
    void chooseColumns(const QPoint &at);
    void saveColumns() const;

    UiContext &m_context;
    PageTitle *m_title;
    QAction *m_newAction;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_step;
    QComboBox *m_unit;
    QComboBox *m_year;
    QComboBox *m_service;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_searchPause;
    RequestListModel *m_model;
};

} // namespace kolokasi
