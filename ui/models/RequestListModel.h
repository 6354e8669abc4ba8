#pragma once

#include "domain/RequestSummary.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The request list (Permohonan), lazy: rows arrive a page at a time (canFetchMore /
/// fetchMore) from one query each (RequestList); search, filters and sort run in SQL.
/// Needs no widget, so a benchmark can drive it.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ReceivedColumn,
        LetterNumberColumn,
        LetterDateColumn,
        UnitColumn,
        SubjectColumn,
        DomainColumn,
        ServiceColumn,
        StepColumn,
        StatusColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 request id
        StateRole,                 // int ServiceState
        StateColourRole,           // QColor of the badge
        StateWordRole,             // "overdue", ...
    };

    /// Rows fetched per page.
    static constexpr int kPageSize = 200;

    /// Reads its first page now unless `readNow` is false (a page that loads when first shown).
    explicit RequestListModel(Database &db, QObject *parent = nullptr, bool readNow = true);

    /// Replaces search and filters (its sort and page are the model's) and reloads.
    void setQuery(const RequestListQuery &query);
    const RequestListQuery &query() const { return m_query; }
    /// Reads the first page again (after a change).
    void reload();
    /// How many requests match, loaded or not.
    int totalCount() const { return m_total; }
    /// Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    /// The line of `row`.
    const RequestSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts in SQL by `column` (StateColumn cannot be sorted in SQL and keeps the order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant display(const RequestSummary &line, int column) const;
    bool readPage(int offset, QList<RequestSummary> &rows);

    Database &m_db;
    RequestListQuery m_query;
    QList<RequestSummary> m_rows;
    int m_total = 0;
    QString m_lastError;
};

} // namespace kolokasi
