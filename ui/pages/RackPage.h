#pragma once

#include "Page.h"

class QAction;
class QComboBox;

namespace kolokasi {

class DocumentActions;
class EmptyState;
class MessageBar;
class PageTitle;
class RackElevationView;
struct UiContext;

/// Rak: every rack of the chosen NOC drawn side by side (RackElevationView), a legend of the
/// block states, zoom, and Cetak for the `rak` document through the same preview and print
/// path as the request's documents. Redraws when a placement changes anywhere (the workflow's
/// ChangeNotifier), remembers the NOC and the zoom.
class RackPage : public Page
{
    Q_OBJECT

public:
    RackPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> mainActions() const override;
    void reload() override;

    RackElevationView *view() const { return m_view; }
    /// The NOC shown; empty when there is none.
    QString noc() const;

signals:
    void openRequestRequested(qint64 requestId);
    void openAssetRequested(qint64 assetId);
    /// The empty view's "Open Data centre": no NOC or no rack yet.
    void dataCentreRequested();

private:
    void reloadNocs();
    void showNoc();
    void print();
    void rememberZoom() const;
    void restoreZoom();

    UiContext &m_context;
    PageTitle *m_title;
    MessageBar *m_message;
    QComboBox *m_nocChooser;
    RackElevationView *m_view;
    EmptyState *m_empty = nullptr;
    DocumentActions *m_documents;
    QAction *m_fitAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_printAction;
};

} // namespace kolokasi
