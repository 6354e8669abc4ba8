#include "AssetHistoryModel.h"

#include "RequestHistoryModel.h"

#include <QLocale>

#include <algorithm>

namespace kolokasi {

AssetHistoryModel::AssetHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

AssetHistoryModel::Line AssetHistoryModel::lineOf(const RequestEvent &event, const QString &source)
{
    return {event.at,
            event.actor,
            source,
            RequestHistoryModel::actionText(event.action),
            RequestHistoryModel::details(event),
            event.requestId};
}

void AssetHistoryModel::setHistory(const AssetHistory &history)
{
    beginResetModel();
    m_lines.clear();
    for (const RequestEvent &event : history.requestEvents)
        m_lines.append(lineOf(event, tr("Request %1").arg(event.requestId)));
    for (const RequestEvent &event : history.withdrawalEvents)
        m_lines.append(lineOf(event, tr("Withdrawal %1").arg(event.requestId)));
    for (const AssetReviewFinding &finding : history.reviews) {
        Line line;
        line.at = finding.item.markedAt.isValid() ? finding.item.markedAt
                                                  : finding.review.reviewedOn.startOfDay();
        line.actor =
            finding.item.markedBy.isEmpty() ? finding.review.reviewer : finding.item.markedBy;
        line.source =
            tr("Review of %1")
                .arg(QLocale().toString(finding.review.reviewedOn, QStringLiteral("dd/MM/yyyy")));
        line.action = finding.item.matches ? tr("Matches") : tr("Does not match");
        line.details = finding.item.note;
        m_lines.append(line);
    }
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const Line &a, const Line &b) { return a.at < b.at; });
    endResetModel();
}

int AssetHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int AssetHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (role == RequestIdRole)
        return line.requestId;
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return line.details;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(line.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return line.actor;
    case SourceColumn:
        return line.source;
    case ActionColumn:
        return line.action;
    case DetailsColumn:
        return line.details;
    default:
        return {};
    }
}

QVariant AssetHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case SourceColumn:
        return tr("Record");
    case ActionColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kolokasi
