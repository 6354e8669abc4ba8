#pragma once

#include "domain/Facility.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// Pusat Data: the IP pools with their addresses in use and still free (the gateway is
/// never free). Retired pools only when asked, greyed.
class IpPoolTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CidrColumn,
        GatewayColumn,
        ScopeColumn,
        UsedColumn,
        FreeColumn,
        NoteColumn,
        StateColumn,
        ColumnCount
    };

    struct Line
    {
        IpPool pool;
        int used = 0;
        quint64 free = 0;
    };

    explicit IpPoolTableModel(Database &db, QObject *parent = nullptr);

    void setShowRetired(bool show);
    void reload();
    QString lastError() const { return m_lastError; }
    const Line &lineAt(int row) const { return m_lines.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Line &line, int column) const;

    Database &m_db;
    bool m_showRetired = false;
    QList<Line> m_lines;
    QString m_lastError;
};

} // namespace kolokasi
