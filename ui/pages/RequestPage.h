#pragma once

#include "Page.h"
#include "domain/RequestDossier.h"

#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QVBoxLayout;

namespace kolokasi {

class DocumentActions;
class DocumentsPanel;
class PageTitle;
class RequestHeader;
class RequestHistoryView;
class RequestTimelineView;
class StepPage;
struct UiContext;
enum class StepPageKind;

/// The request view: its header, the timeline of the nine steps, and in tabs the page of the
/// current step, the documents it reached and its history. Cancel, Correct a value and Start
/// a pencabutan are its own actions; the workflow's nextActions decides which are open.
class RequestPage : public Page
{
    Q_OBJECT

public:
    RequestPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QList<QAction *> mainActions() const override;
    bool hasUnsavedInput() const override;
    void reload() override;

    /// Shows request `requestId` with the page of its next step.
    void load(qint64 requestId);
    /// Shows the letter page of a new request (Permohonan baru).
    void startNew();
    qint64 requestId() const { return m_requestId; }
    /// The step page shown now, if any (for tests and screenshots).
    StepPage *stepPage() const { return m_step; }
    /// Shows the tab of the step page (0), the documents (1) or the history (2).
    void showTab(int index);
    /// Shows the registration page of a pencabutan of this request's assets.
    void startWithdrawal();
    /// Opens the print preview of the latest document the request reached.
    void previewLatestDocument();

signals:
    /// The request changed (a step was saved, a correction, a cancellation, a number issued).
    void requestChanged(qint64 requestId);
    /// Another request should be shown (the pencabutan just registered).
    void openRequested(qint64 requestId);

private:
    void createActions();
    /// Reads the request again and shows its records; the step page and its input stay.
    bool refreshRecords(qint64 requestId);
    void showStepPage(std::optional<StepPageKind> kind, qint64 loadId);
    void stepSaved(qint64 requestId);
    static void focusFirstField(QWidget *step);
    void cancelRequest();
    void correctValue();
    void updateActions();
    void refused(const QString &message);

    UiContext &m_context;
    PageTitle *m_title;
    RequestHeader *m_header;
    RequestTimelineView *m_timeline;
    QTabWidget *m_tabs;
    QVBoxLayout *m_stepArea;
    QLabel *m_stepNote;
    DocumentActions *m_documentActions;
    DocumentsPanel *m_documents;
    RequestHistoryView *m_history;
    StepPage *m_step = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_correctAction = nullptr;
    QAction *m_withdrawAction = nullptr;
    qint64 m_requestId = 0;
    std::optional<RequestDossier> m_dossier;
};

} // namespace kolokasi
