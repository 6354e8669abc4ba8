#pragma once

#include "domain/RequestSummary.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// Dashboard: the open requests with the step they are at and their service-standard
/// state, overdue first, then due soon, then on time (oldest first within each): the first
/// kFirstRows of them, and how many are open in all.
class OpenRequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StepColumn,
        RequestColumn,
        UnitColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 request id
        StepRole,                  // int number of the running step
        StateRole,                 // int ServiceState
        StateColourRole,           // QColor of the badge
        StateWordRole,
    };

    static constexpr int kFirstRows = 50;

    explicit OpenRequestsModel(Database &db, QObject *parent = nullptr);

    void reload();
    QString lastError() const { return m_lastError; }
    const RequestSummary &summaryAt(int row) const { return m_rows.at(row); }
    /// How many open requests are at each running step (by step number), all of them.
    QMap<int, int> countsByStep() const { return m_countsByStep; }
    /// How many requests are open in all (rowCount() shows the first kFirstRows).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<RequestSummary> m_rows;
    QString m_lastError;
    QMap<int, int> m_countsByStep;
    int m_total = 0;
};

} // namespace kolokasi
