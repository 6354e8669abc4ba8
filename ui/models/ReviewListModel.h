#pragma once

#include "common/Result.h"
#include "domain/Review.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The reviews (peninjauan) held so far, newest first, with their counts of findings and
/// whether they are finished.
class ReviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ReviewerColumn,
        ReviewedColumn,
        MatchesColumn,
        DoesNotMatchColumn,
        NotFoundColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        ReviewIdRole = Qt::UserRole + 1, // qint64
        FinishedRole,                    // bool
    };

    explicit ReviewListModel(Database &db, QObject *parent = nullptr);

    Status reload();
    const ReviewSummary &summaryAt(int row) const { return m_reviews.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<ReviewSummary> m_reviews;
};

} // namespace kolokasi
