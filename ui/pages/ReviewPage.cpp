#include "ReviewPage.h"

#include "UiContext.h"
#include "common/Clock.h"
#include "documents/DocumentService.h"
#include "models/ReviewLinesModel.h"
#include "models/ReviewListModel.h"
#include "register/ReviewProcess.h"
#include "store/Database.h"
#include "widgets/DateEdit.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentActions.h"
#include "widgets/DocumentSource.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "widgets/ReviewSheet.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

ReviewPage::ReviewPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Review"), this)),
      m_messages(new MessageBar(this)), m_views(new QStackedWidget(this)),
      m_listModel(new ReviewListModel(context.db, this)),
      m_sheet(new ReviewSheet(context, *m_messages, this)),
      m_documents(new DocumentActions(context, this)),
      m_printAction(
          new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Print"), this)),
      m_previewAction(new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                  tr("Preview"), this)),
      m_finishAction(
          new QAction(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Finish"), this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_printAction->setObjectName(QStringLiteral("reviewPrintAction"));
    m_previewAction->setObjectName(QStringLiteral("reviewPreviewAction"));
    m_finishAction->setObjectName(QStringLiteral("reviewFinishAction"));
    connect(m_printAction, &QAction::triggered, this, &ReviewPage::printReport);
    connect(m_previewAction, &QAction::triggered, this, &ReviewPage::previewReport);
    connect(m_finishAction, &QAction::triggered, this, &ReviewPage::finishReview);
    for (QAction *action : mainActions())
        m_title->addAction(action);
    m_messages->hide();

    m_views->addWidget(makeListView());
    m_views->addWidget(m_sheet);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_views, 1);
    reload();
}

QWidget *ReviewPage::makeListView()
{
    auto *view = new QWidget(this);
    m_list = new QTableView(view);
    m_list->setObjectName(QStringLiteral("reviewList"));
    m_list->setModel(m_listModel);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::updateActions);

    m_startDate = new DateEdit(view);
    m_startDate->setObjectName(QStringLiteral("reviewStartDate"));
    m_reviewer = new QLineEdit(view);
    m_reviewer->setObjectName(QStringLiteral("reviewReviewer"));
    m_startNote = new QLineEdit(view);
    m_startNote->setObjectName(QStringLiteral("reviewStartNote"));
    m_start = new QPushButton(tr("Start review"), view);
    m_start->setObjectName(QStringLiteral("reviewStart"));
    connect(m_start, &QPushButton::clicked, this, &ReviewPage::startReview);

    auto *heading = new QLabel(tr("Start a review"), view);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *explanation = new QLabel(
        tr("A review lists every active asset; mark each one as found. Findings are saved as "
           "you go, and another admin can continue the review."),
        view);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_reviewer->setMinimumWidth(m_reviewer->fontMetrics().averageCharWidth() * 48);
    m_startNote->setMinimumWidth(m_reviewer->minimumWidth());
    form->addRow(tr("Date of the review:"), m_startDate);
    form->addRow(tr("Reviewer:"), m_reviewer);
    form->addRow(tr("Note:"), m_startNote);
    form->addRow(QString(), m_start);

    auto *pastHeading = new QLabel(tr("Reviews held so far"), view);
    pastHeading->setFont(bold);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(pastHeading);
    layout->addWidget(m_list, 1);
    return view;
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QList<QAction *> ReviewPage::mainActions() const
{
    return {m_previewAction, m_printAction, m_finishAction};
}

// The state comes from the store: a review another admin started shows here as open.
void ReviewPage::reload()
{
    if (loadWhenShown())
        return; // read when first shown
    auto open = ReviewProcess(m_context.db).unfinished();
    if (!open.ok()) {
        m_messages->showMessage(open.error().message);
        return;
    }
    if (!open->isEmpty()) {
        if (Status loaded = m_sheet->load(open->first().id); !loaded.ok())
            m_messages->showMessage(loaded.error().message);
        m_views->setCurrentWidget(m_sheet);
    } else {
        (void)m_sheet->load(0);
        if (Status listed = m_listModel->reload(); !listed.ok())
            m_messages->showMessage(listed.error().message);
        if (m_listModel->rowCount() > 0)
            m_list->setCurrentIndex(m_listModel->index(0, 0)); // the latest, ready to print
        m_startDate->setDate(m_context.clock.today());
        if (m_reviewer->text().trimmed().isEmpty())
            m_reviewer->setText(m_context.db.actor());
        m_views->setCurrentIndex(0);
    }
    updateActions();
}

void ReviewPage::startReview()
{
    const auto started = ReviewProcess(m_context.db)
                             .start(m_startDate->date(), m_reviewer->text(), m_startNote->text());
    if (!started.ok()) {
        m_messages->showMessage(started.error().message);
        if (started.error().field == QLatin1String("reviewer"))
            m_reviewer->setFocus();
        else if (started.error().field == QLatin1String("reviewed_on"))
            m_startDate->setFocus();
        return;
    }
    m_messages->hideMessage();
    m_startNote->clear();
    reload();
}

void ReviewPage::finishReview()
{
    if (m_sheet->reviewId() <= 0)
        return;
    const ReviewProgress &progress = m_sheet->model()->progress();
    const QLocale locale;
    const QString date = locale.toString(progress.review.reviewedOn, QLocale::LongFormat);
    QString question = tr("The review will be finished: the %1 reviewed assets get %2 as their "
                          "last review date, and its findings can no longer be changed.")
                           .arg(locale.toString(progress.marked), date);
    if (progress.unmarked() > 0)
        question +=
            QLatin1Char(' ') +
            tr("The %1 assets not reviewed keep their last review date and count as overdue "
               "once it is more than 12 months old.")
                .arg(locale.toString(progress.unmarked()));
    question += QLatin1Char(' ') + tr("Continue?");
    if (!m_context.dialogs.confirm(this, tr("Finish review"), question, tr("Finish review"),
                                   tr("Keep reviewing")))
        return;
    const Status finished =
        ReviewProcess(m_context.db).finish(m_sheet->reviewId(), progress.review.rowVersion);
    if (!finished.ok()) {
        m_messages->showMessage(finished.error().message);
        reload();
        return;
    }
    m_messages->showMessage(tr("The review is finished: %1 assets are stamped reviewed on %2.")
                                .arg(locale.toString(progress.marked), date),
                            MessageBar::Kind::Information);
    reload();
    emit reviewFinished();
}

bool ReviewPage::reportOrder(DocumentOrder &order) const
{
    order.kind = DocumentKind::ReviewReport;
    order.paper = DocumentSource(m_context.db).defaultPaper();
    if (m_views->currentWidget() == m_sheet)
        order.reviewId = m_sheet->reviewId();
    else if (const QModelIndex chosen = m_list->currentIndex(); chosen.isValid())
        order.reviewId = chosen.data(ReviewListModel::ReviewIdRole).toLongLong();
    return order.reviewId > 0;
}

void ReviewPage::printReport()
{
    if (DocumentOrder order; reportOrder(order))
        m_documents->print(order);
}

void ReviewPage::previewReport()
{
    if (DocumentOrder order; reportOrder(order))
        m_documents->preview(order);
}

void ReviewPage::updateActions()
{
    const bool open = m_views->currentWidget() == m_sheet;
    DocumentOrder order;
    const bool printable = reportOrder(order);
    m_printAction->setEnabled(printable);
    m_previewAction->setEnabled(printable);
    m_finishAction->setEnabled(open);
    m_finishAction->setVisible(open);
    const QString tip = printable ? QString() : tr("Choose a review in the list to print it.");
    m_printAction->setToolTip(tip);
    m_previewAction->setToolTip(tip);
    m_title->setSubtitle(open ? QString() : tr("No review in progress."));
}

} // namespace kolokasi
