#pragma once

#include "register/AssetHistory.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace kolokasi {

/// An asset's whole history as one list, oldest first: the placing request's steps, forms
/// issued and corrections, each review's finding, and each pencabutan's steps.
class AssetHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        ActorColumn,
        SourceColumn,
        ActionColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1, // qint64: the request of the line (0 for a review)
    };

    explicit AssetHistoryModel(QObject *parent = nullptr);

    void setHistory(const AssetHistory &history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QDateTime at;
        QString actor;
        QString source;
        QString action;
        QString details;
        qint64 requestId = 0;
    };
    static Line lineOf(const RequestEvent &event, const QString &source);

    QList<Line> m_lines;
};

} // namespace kolokasi
