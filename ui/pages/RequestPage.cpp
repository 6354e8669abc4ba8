#include "RequestPage.h"

#include "StepPage.h"
#include "StepPages.h"
#include "UiContext.h"
#include "widgets/CorrectionDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentsPanel.h"
#include "widgets/PageTitle.h"
#include "widgets/RequestHeader.h"
#include "widgets/RequestHistoryView.h"
#include "widgets/RequestTimelineView.h"
#include "workflow/RequestWorkflow.h"
#include "workflow/ServiceTiming.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kolokasi {

RequestPage::RequestPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Request"), this)),
      m_header(new RequestHeader(this)), m_timeline(new RequestTimelineView(context, this)),
      m_tabs(new QTabWidget(this)), m_stepArea(new QVBoxLayout), m_stepNote(new QLabel(this)),
      m_documentActions(new DocumentActions(context, this)),
      m_documents(new DocumentsPanel(context, *m_documentActions, this)),
      m_history(new RequestHistoryView(context, this))
{
    setObjectName(QStringLiteral("requestPage"));
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_stepNote->setObjectName(QStringLiteral("stepNote"));
    m_stepNote->setWordWrap(true);
    m_stepNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    createActions();

    auto *stepTab = new QWidget(this);
    m_stepArea->setContentsMargins(0, 0, 0, 0);
    m_stepArea->addWidget(m_stepNote);
    stepTab->setLayout(m_stepArea);
    m_tabs->addTab(stepTab, tr("Step"));
    m_tabs->addTab(m_documents, tr("Documents"));
    m_tabs->addTab(m_history, tr("History"));

    connect(m_documentActions, &DocumentActions::issued, this, [this](qint64 id) {
        refreshRecords(id); // the number is in the history now; the step's input stays
        emit requestChanged(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    layout->addWidget(m_timeline);
    layout->addWidget(m_tabs, 1);
}

void RequestPage::createActions()
{
    const auto make = [this](const QString &text, const char *name, QStyle::StandardPixmap icon) {
        auto *action = new QAction(style()->standardIcon(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_printAction = make(tr("Print…"), "printAction", QStyle::SP_FileDialogContentsView);
    m_printAction->setShortcut(QKeySequence::Print);
    m_correctAction =
        make(tr("Correct a value…"), "correctAction", QStyle::SP_FileDialogDetailedView);
    m_withdrawAction = make(tr("Start pencabutan"), "withdrawAction", QStyle::SP_ArrowDown);
    m_cancelAction =
        make(tr("Cancel request…"), "cancelRequestAction", QStyle::SP_DialogCancelButton);
    connect(m_printAction, &QAction::triggered, this, &RequestPage::previewLatestDocument);
    connect(m_correctAction, &QAction::triggered, this, &RequestPage::correctValue);
    connect(m_withdrawAction, &QAction::triggered, this, &RequestPage::startWithdrawal);
    connect(m_cancelAction, &QAction::triggered, this, &RequestPage::cancelRequest);
    for (QAction *action : {m_printAction, m_correctAction, m_withdrawAction, m_cancelAction})
        m_title->addAction(action);
}

QString RequestPage::title() const
{
    return m_requestId > 0 ? tr("Request %1").arg(m_requestId) : tr("New request");
}

QList<QAction *> RequestPage::mainActions() const
{
    return {m_printAction, m_correctAction, m_withdrawAction, m_cancelAction};
}

bool RequestPage::hasUnsavedInput() const
{
    return m_step && m_step->hasUnsavedInput();
}

void RequestPage::reload()
{
    if (m_requestId <= 0)
        return;
    if (hasUnsavedInput())
        refreshRecords(m_requestId); // never throw away what the admin typed
    else
        load(m_requestId);
}

void RequestPage::load(qint64 requestId)
{
    const bool anotherRequest = requestId != m_requestId;
    if (!refreshRecords(requestId))
        return;
    const auto next = m_context.workflow.nextActions(requestId);
    const std::optional<StepPageKind> kind = next.ok() ? stepPageFor(*next) : std::nullopt;
    showStepPage(kind, requestId);
    // Another request opens on its step, or on its documents when it is closed (no step left);
    // a refresh of the same request keeps the tab the admin is reading.
    if (anotherRequest) {
        const bool closed = !kind && m_dossier->request.status != RequestStatus::Open;
        m_tabs->setCurrentIndex(closed ? m_tabs->indexOf(m_documents) : 0);
    }
    updateActions();
}

bool RequestPage::refreshRecords(qint64 requestId)
{
    m_requestId = requestId;
    const auto dossier = m_context.workflow.dossier(requestId);
    if (!dossier.ok()) {
        m_dossier.reset();
        refused(dossier.error().message);
        return false;
    }
    m_dossier = *dossier;
    m_title->setText(title());
    m_timeline->setRequest(requestId);
    // Overdue as the lists say it: a step or the whole procedure past its standard.
    const auto timing = ServiceTiming(m_context.db).of(requestId);
    m_header->showRequest(*m_dossier, timing.ok() && timing->overdue());
    m_documents->load(requestId);
    m_history->setRequest(requestId);
    return true;
}

void RequestPage::startNew()
{
    m_requestId = 0;
    m_dossier.reset();
    m_title->setText(title());
    m_header->showNew();
    m_timeline->setRequest(0);
    m_documents->load(0);
    m_history->setRequest(0);
    showStepPage(StepPageKind::RequestLetter, 0);
    m_tabs->setCurrentIndex(0);
    updateActions();
}

void RequestPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void RequestPage::showStepPage(std::optional<StepPageKind> kind, qint64 loadId)
{
    // The cursor was in the step just saved: it goes on in the next step's first field, not
    // nowhere (where no shortcut of the view would reach it).
    const bool focusInStep = m_step && m_step->isAncestorOf(QApplication::focusWidget());
    if (m_step) {
        // The page may be the one whose saved() brought us here: let it return first.
        if (QAction *save = m_step->saveAction())
            removeAction(save); // its Ctrl+S goes now, not when the page is deleted
        m_step->hide();
        m_step->setParent(nullptr);
        m_step->deleteLater();
        m_step = nullptr;
    }
    m_stepNote->setVisible(!kind);
    if (!kind) {
        m_stepNote->setText(
            m_dossier && m_dossier->request.status == RequestStatus::Open
                ? tr("This step has no page of its own.")
                : tr("The request is closed: every step is done. Its documents are under "
                     "Documents, what happened under History."));
        return;
    }
    m_step = createStepPage(*kind, m_context, this);
    m_stepArea->addWidget(m_step, 1);
    connect(m_step, &StepPage::saved, this, &RequestPage::stepSaved);
    // The step's own save action: Ctrl+S saves it wherever the focus is in the request view
    // (the timeline, the tabs), not only inside its form. It goes with the step page.
    if (QAction *save = m_step->saveAction())
        addAction(save);
    m_step->load(loadId);
    if (focusInStep || !QApplication::focusWidget())
        focusFirstField(m_step);
}

void RequestPage::focusFirstField(QWidget *step)
{
    for (QWidget *next = step->nextInFocusChain(); next && next != step;
         next = next->nextInFocusChain()) {
        if (step->isAncestorOf(next) && next->isVisibleTo(step) && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    step->setFocus(Qt::OtherFocusReason);
}

void RequestPage::stepSaved(qint64 requestId)
{
    // A new letter or a new pencabutan is another request: show it.
    if (requestId != m_requestId && m_requestId > 0) {
        emit requestChanged(m_requestId);
        emit openRequested(requestId);
        return;
    }
    load(requestId);
    emit requestChanged(requestId);
}

void RequestPage::previewLatestDocument()
{
    if (const auto latest = m_documents->latest())
        m_documents->preview(*latest);
    else
        m_context.dialogs.information(this, tr("Print"),
                                      tr("This request has reached no document yet."));
}

void RequestPage::cancelRequest()
{
    if (!m_dossier)
        return;
    const auto reason = m_context.dialogs.text(
        this, tr("Cancel request"),
        tr("Why is request %1 cancelled? (the reason is kept in its history)").arg(m_requestId));
    if (!reason || reason->trimmed().isEmpty())
        return;
    if (!m_context.dialogs.confirm(
            this, tr("Cancel request"),
            tr("Request %1 will be closed as cancelled and cannot go on. Continue?")
                .arg(m_requestId),
            tr("Cancel the request"), tr("Keep it open")))
        return;
    if (Status cancelled = m_context.workflow.cancel(m_requestId, reason->trimmed());
        !cancelled.ok())
        return refused(cancelled.error().message);
    load(m_requestId);
    emit requestChanged(m_requestId);
}

void RequestPage::correctValue()
{
    if (!m_dossier)
        return;
    CorrectionDialog dialog(m_context, *m_dossier, this);
    if (!m_context.dialogs.run(dialog))
        return;
    load(m_requestId);
    m_tabs->setCurrentWidget(m_history);
    emit requestChanged(m_requestId);
}

void RequestPage::startWithdrawal()
{
    if (!m_dossier)
        return;
    showStepPage(StepPageKind::WithdrawalRegistration, m_requestId);
    m_tabs->setCurrentIndex(0);
}

// The core's rules say what can be done now; no step number is looked at here.
void RequestPage::updateActions()
{
    const auto next = m_dossier ? m_context.workflow.nextActions(m_requestId)
                                : Result<NextActions>(Error{QStringLiteral("new"), {}, {}});
    const auto can = [&next](WorkflowAction action) { return next.ok() && next->can(action); };
    m_cancelAction->setEnabled(can(WorkflowAction::Cancel));
    m_correctAction->setEnabled(can(WorkflowAction::Correct));
    m_withdrawAction->setEnabled(can(WorkflowAction::StartWithdrawal));
    m_printAction->setEnabled(next.ok() && !next->documents.isEmpty());
}

void RequestPage::refused(const QString &message)
{
    m_context.dialogs.warning(this, tr("Request"), message);
}

} // namespace kolokasi
