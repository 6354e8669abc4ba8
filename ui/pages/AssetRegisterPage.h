#pragma once

#include "Page.h"

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace kolokasi {

class AssetRegisterModel;
class DocumentActions;
class PageTitle;
class RegisterFilterBar;
struct UiContext;

/// Aset Register: every asset, searched as you type and filtered (NOC, unit, status, review
/// overdue, validity), sorted by any column, with a column chooser on the header and the row
/// count; columns and sort are remembered. Double-click opens the asset with its history.
/// Impor…, Ekspor… (the view as shown, to CSV or .xlsx) and Cetak (the register printout).
/// Search, filters, sort and paging run in the core's register query.
class AssetRegisterPage : public Page
{
    Q_OBJECT

public:
    AssetRegisterPage(UiContext &context, QWidget *parent = nullptr);
    ~AssetRegisterPage() override;

    QString title() const override;
    QList<QAction *> mainActions() const override;
    void reload() override;

    /// Opens the asset's dialog (its record and whole history); a dialog already open for
    /// another asset is replaced.
    void openAsset(qint64 assetId);
    /// Opens the import dialog (window-modal; the register reloads after an import).
    void startImport();
    /// Writes the view as shown (filter and sort) to `path` (.csv or .xlsx). False if refused
    /// (the user was told).
    bool exportTo(const QString &path);
    void focusSearch();
    /// The column chooser the header's context menu shows: a checkable entry per column.
    QMenu *columnMenu();

signals:
    /// The admin asked to see a request (from an asset's dialog).
    void openRequested(qint64 requestId);
    /// The admin asked to start the pencabutan of the assets placed by `requestId`.
    void withdrawalRequested(qint64 requestId);

private:
    void applyFilter();
    void openCurrent();
    void exportView();
    void printRegister();
    void updateCount();
    void restoreColumns();
    void chooseColumns(const QPoint &at);
    void saveColumns() const;

    UiContext &m_context;
    PageTitle *m_title;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_printAction;
    RegisterFilterBar *m_filters;
    QTableView *m_table;
    QLabel *m_count;
    AssetRegisterModel *m_model;
    DocumentActions *m_documents;
};

} // namespace kolokasi
