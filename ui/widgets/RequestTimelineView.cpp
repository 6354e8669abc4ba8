#include "RequestTimelineView.h"

#include "UiContext.h"
#include "models/RequestTimelineModel.h"

#include <QHBoxLayout>
#include <QLabel>

namespace kolokasi {

namespace {
using StepState = RequestTimelineModel::StepState;

// One look per state; the mark and the word in the box say the same for who cannot see colour.
QString styleOf(StepState state, bool overdue)
{
    if (overdue)
        return QStringLiteral("background:#ffebee; border:2px solid #c62828;");
    switch (state) {
    case StepState::Done:
        return QStringLiteral("background:#e8f5e9; border:1px solid #2e7d32;");
    case StepState::Current:
        return QStringLiteral("background:#e3f2fd; border:2px solid #1565c0; font-weight:bold;");
    case StepState::ToCome:
        return QStringLiteral("background:#f5f5f5; border:1px solid #bdbdbd; color:#616161;");
    case StepState::NotReached:
        return QStringLiteral("background:#eeeeee; border:1px dashed #9e9e9e; color:#757575;");
    }
    return {};
}

QString markOf(StepState state)
{
    switch (state) {
    case StepState::Done:
        return QStringLiteral("✓ ");
    case StepState::Current:
        return QStringLiteral("● ");
    default:
        return {};
    }
}
} // namespace

RequestTimelineView::RequestTimelineView(UiContext &context, QWidget *parent)
    : QWidget(parent), m_model(new RequestTimelineModel(context.db, this)),
      m_row(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("requestTimeline"));
    m_row->setContentsMargins(0, 4, 0, 4);
    m_row->setSpacing(4);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestTimelineView::rebuild);
}

void RequestTimelineView::setRequest(qint64 requestId)
{
    m_model->setRequest(requestId);
    rebuild();
}

void RequestTimelineView::rebuild()
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    const auto cell = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RequestTimelineModel::Line &line = m_model->lineAt(row);
        QString time = cell(row, RequestTimelineModel::ElapsedColumn);
        const QString standard = cell(row, RequestTimelineModel::StandardColumn);
        if (!standard.isEmpty())
            time = tr("%1 of %2").arg(time.isEmpty() ? QStringLiteral("–") : time, standard);
        auto *box =
            new QLabel(QStringLiteral("%1\n%2%3\n%4")
                           .arg(cell(row, RequestTimelineModel::StepColumn), markOf(line.state),
                                cell(row, RequestTimelineModel::StateColumn), time),
                       this);
        box->setObjectName(
            QStringLiteral("timelineStep%1")
                .arg(m_model->index(row, 0).data(RequestTimelineModel::StepRole).toInt()));
        box->setAlignment(Qt::AlignCenter);
        box->setWordWrap(true);
        box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        if (!line.actor.isEmpty())
            box->setToolTip(
                tr("Done by %1 on %2").arg(line.actor, cell(row, RequestTimelineModel::AtColumn)));
        box->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 2px; }")
                               .arg(styleOf(line.state, line.overdue)));
        m_row->addWidget(box, 1);
        m_boxes.append(box);
    }
}

} // namespace kolokasi
