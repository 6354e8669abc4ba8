#include "ReviewSheet.h"
#include "FormBinding.h"
#include "domain/FormField.h"

#include "CorrectionDialog.h"
#include "MessageBar.h"
#include "UiContext.h"
#include "models/ReviewLinesModel.h"
#include "register/ReviewProcess.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/Dialogs.h"
#include "workflow/RequestWorkflow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
constexpr int kWidestColumnChars = 22;

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *made = new QPushButton(text, parent);
    made->setObjectName(objectName);
    made->setAutoDefault(false);
    return made;
}
} // namespace

ReviewSheet::ReviewSheet(UiContext &context, MessageBar &messages, QWidget *parent)
    : QWidget(parent), m_context(context), m_messages(messages),
      m_model(new ReviewLinesModel(context.db, this)), m_heading(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_filter(new QComboBox(this)),
      m_table(new QTableView(this)), m_note(new QLineEdit(this)),
      m_matches(button(QStringLiteral("reviewMatches"), tr("Matches (1)"), this)),
      m_doesNotMatch(button(QStringLiteral("reviewDoesNotMatch"), tr("Does not match (2)"), this)),
      m_notFound(button(QStringLiteral("reviewNotFound"), tr("Not found (3)"), this)),
      m_correct(button(QStringLiteral("reviewCorrect"), tr("Correct asset…"), this))
{
    setObjectName(QStringLiteral("reviewSheet"));
    m_heading->setObjectName(QStringLiteral("reviewHeading"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(260);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->addItem(tr("All assets"), int(ReviewLinesModel::Filter::All));
    m_filter->addItem(tr("Not reviewed yet"), int(ReviewLinesModel::Filter::Unmarked));
    m_filter->addItem(tr("Matches"), int(ReviewLinesModel::Filter::Matches));
    m_filter->addItem(tr("Does not match"), int(ReviewLinesModel::Filter::DoesNotMatch));
    m_filter->addItem(tr("Not found"), int(ReviewLinesModel::Filter::NotFound));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewSheet::filterChosen);

    m_table->setObjectName(QStringLiteral("reviewLines"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(
        ReviewLinesModel::FindingColumn,
        new BadgeDelegate(ReviewLinesModel::FindingColourRole, m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewSheet::currentChanged);

    m_note->setObjectName(QStringLiteral("reviewFindingNote"));
    m_note->setPlaceholderText(
        tr("Note: what differs (found in another rack, different S/N, server gone…)"));
    m_note->setClearButtonEnabled(true);
    // Enter in the note saves the finding it was typed for ("Tidak sesuai" unless another
    // finding asked for it).
    connect(m_note, &QLineEdit::returnPressed, this, [this] { markCurrent(m_pendingFinding); });
    connect(m_matches, &QPushButton::clicked, this,
            [this] { markCurrent(ReviewFinding::Matches); });
    connect(m_doesNotMatch, &QPushButton::clicked, this,
            [this] { markCurrent(ReviewFinding::DoesNotMatch); });
    connect(m_notFound, &QPushButton::clicked, this,
            [this] { markCurrent(ReviewFinding::NotFound); });
    connect(m_correct, &QPushButton::clicked, this, &ReviewSheet::correctCurrent);
    const QList<std::pair<Qt::Key, ReviewFinding>> keys{{Qt::Key_1, ReviewFinding::Matches},
                                                        {Qt::Key_2, ReviewFinding::DoesNotMatch},
                                                        {Qt::Key_3, ReviewFinding::NotFound}};
    for (const auto &[key, finding] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, finding = finding] { markCurrent(finding); });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addSpacing(12);
    top->addWidget(m_progress);
    auto *marking = new QHBoxLayout;
    marking->addWidget(m_note, 1);
    marking->addWidget(m_matches);
    marking->addWidget(m_doesNotMatch);
    marking->addWidget(m_notFound);
    marking->addSpacing(12);
    marking->addWidget(m_correct);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(marking);
}

Status ReviewSheet::load(qint64 reviewId)
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 asset = current.isValid() && reviewId == m_model->reviewId()
                             ? current.data(ReviewLinesModel::AssetIdRole).toLongLong()
                             : 0;
    const Status loaded = m_model->load(reviewId);
    // Every column as wide as its text up to a limit, so the finding and the note stay in
    // view on a 1366-pixel screen; the note takes the rest.
    const int widest = m_table->fontMetrics().averageCharWidth() * kWidestColumnChars;
    for (int column = 0; column < ReviewLinesModel::NoteColumn; ++column) {
        m_table->resizeColumnToContents(column);
        const bool named = column == ReviewLinesModel::ServerColumn ||
                           column == ReviewLinesModel::UnitColumn ||
                           column == ReviewLinesModel::DomainColumn;
        if (named) // long names are elided; the place and the S/N never are
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
    const Review &shown = review();
    m_heading->setText(
        tr("Review of %1 by %2")
            .arg(QLocale().toString(shown.reviewedOn, QLocale::LongFormat), shown.reviewer));
    updateProgress();
    selectRow(asset > 0 ? std::max(0, m_model->rowOfAsset(asset)) : 0);
    return loaded;
}

qint64 ReviewSheet::reviewId() const
{
    return m_model->reviewId();
}

const Review &ReviewSheet::review() const
{
    return m_model->progress().review;
}

void ReviewSheet::markCurrent(ReviewFinding finding)
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const qint64 asset = m_model->lineAt(row).entry.asset.id;
    const Status saved = m_model->mark(row, finding, m_note->text());
    if (!saved.ok()) {
        m_messages.showMessage(saved.error().message);
        if (FormBinding::isStale(saved.error()) ||
            saved.error().code == QLatin1String("finished")) {
            (void)load(reviewId()); // show what the other admin saved or finished
        } else if (saved.error().field == FormField::kNote) {
            m_pendingFinding = finding;
            m_note->setFocus();
        }
        return;
    }
    m_messages.hideMessage();
    updateProgress();
    // The next asset: the row after this one, or the one that took its place in the filter.
    const int next = m_model->rowOfAsset(asset) == row ? row + 1 : row;
    selectRow(std::min(next, m_model->rowCount() - 1));
    m_table->setFocus();
    emit changed();
}

void ReviewSheet::correctCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const RegisterEntry entry = m_model->lineAt(current.row()).entry;
    const auto dossier = m_context.workflow.dossier(entry.asset.requestId);
    if (!dossier.ok()) {
        m_messages.showMessage(dossier.error().message);
        return;
    }
    CorrectionDialog dialog(m_context, *dossier, this);
    const qint64 review = reviewId();
    dialog.setSubmit([this, review, asset = entry.asset.id](const Correction &correction) {
        return ReviewProcess(m_context.db).correctAsset(review, asset, correction);
    });
    dialog.selectServer(entry.placement.serverId);
    if (!m_context.dialogs.run(dialog))
        return;
    m_messages.showMessage(tr("The correction of %1 is recorded in its request's history.")
                               .arg(entry.asset.registerNumber),
                           MessageBar::Kind::Information);
    (void)load(review);
    emit changed();
}

void ReviewSheet::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const auto &finding =
        current.isValid() ? m_model->lineAt(current.row()).finding : std::optional<ReviewItem>{};
    m_note->setText(finding ? finding->note : QString());
    m_pendingFinding = ReviewFinding::DoesNotMatch;
    const bool open = current.isValid() && !review().isFinished();
    for (QPushButton *action : {m_matches, m_doesNotMatch, m_notFound, m_correct})
        action->setEnabled(open);
}

void ReviewSheet::filterChosen()
{
    m_model->setFilter(static_cast<ReviewLinesModel::Filter>(m_filter->currentData().toInt()));
    selectRow(0);
}

void ReviewSheet::updateProgress()
{
    const ReviewProgress &progress = m_model->progress();
    m_progress->setRange(0, std::max(1, int(progress.lines.size())));
    m_progress->setValue(progress.marked);
    m_progress->setFormat(m_model->progressText());
}

void ReviewSheet::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->setCurrentIndex({});
        currentChanged();
        return;
    }
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
}

} // namespace kolokasi
