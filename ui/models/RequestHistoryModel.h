#pragma once

#include "domain/RequestEvent.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The history of one request, oldest first: steps, corrections (old and new value with the
/// reason), cancellations and issued documents, each with who and when.
class RequestHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        ActorColumn,
        StepColumn,
        ActionColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // the stored action ("approve", "correction", ...)
        IsCorrectionRole,              // bool
    };

    explicit RequestHistoryModel(Database &db, QObject *parent = nullptr);

    /// Shows the history of `requestId` (0: nothing).
    void setRequest(qint64 requestId);
    qint64 requestId() const { return m_requestId; }
    void reload();
    QString lastError() const { return m_lastError; }
    const RequestEvent &eventAt(int row) const { return m_events.at(row); }

    /// The action in words ("Approved", "Corrected", ...); the stored name if unknown.
    static QString actionText(const QString &action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The event's particulars in words (a correction's old and new value, a document's number).
    static QString details(const RequestEvent &event);

private:
    Database &m_db;
    qint64 m_requestId = 0;
    QList<RequestEvent> m_events;
    QString m_lastError;
};

} // namespace kolokasi
