#include "ReviewListModel.h"

#include "register/ReviewProcess.h"

#include <QLocale>

namespace kolokasi {

ReviewListModel::ReviewListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

Status ReviewListModel::reload()
{
    auto read = ReviewProcess(m_db).summaries();
    beginResetModel();
    m_reviews = read.ok() ? *read : QList<ReviewSummary>{};
    endResetModel();
    return read.ok() ? Status() : Status(read.error());
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewSummary &summary = m_reviews.at(index.row());
    const Review &review = summary.review;
    if (role == ReviewIdRole)
        return review.id;
    if (role == FinishedRole)
        return review.isFinished();
    if (role == Qt::TextAlignmentRole && index.column() >= ReviewedColumn &&
        index.column() <= NotFoundColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(review.reviewedOn, QLocale::ShortFormat);
    case ReviewerColumn:
        return review.reviewer;
    case ReviewedColumn:
        return locale.toString(summary.marked);
    case MatchesColumn:
        return locale.toString(summary.matching);
    case DoesNotMatchColumn:
        return locale.toString(summary.notMatching);
    case NotFoundColumn:
        return locale.toString(summary.notFound);
    case StateColumn:
        return review.isFinished()
                   ? tr("Finished %1")
                         .arg(locale.toString(review.finishedAt.toLocalTime().date(),
                                              QLocale::ShortFormat))
                   : tr("In progress");
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ReviewerColumn:
        return tr("Reviewer");
    case ReviewedColumn:
        return tr("Reviewed");
    case MatchesColumn:
        return tr("Matches");
    case DoesNotMatchColumn:
        return tr("Does not match");
    case NotFoundColumn:
        return tr("Not found");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kolokasi
