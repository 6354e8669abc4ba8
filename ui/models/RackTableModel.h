#pragma once

#include "domain/Rack.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// Pusat Data: the racks of one NOC with what live placements use of them (rack units and
/// power), from the core's capacity snapshot. Retired racks only when asked, greyed.
class RackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PositionColumn,
        HeightColumn,
        UsedUnitsColumn,
        FreeUnitsColumn,
        PowerColumn,
        StateColumn,
        ColumnCount
    };

    struct Line
    {
        Rack rack;
        int usedUnits = 0;
        int freeUnits = 0;
        int usedPowerW = 0;
    };

    explicit RackTableModel(Database &db, QObject *parent = nullptr);

    void setNoc(qint64 nocId);
    void setShowRetired(bool show);
    void reload();
    QString lastError() const { return m_lastError; }
    const Line &lineAt(int row) const { return m_lines.at(row); }
    /// The row of rack `id`, -1 if not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Line &line, int column) const;

    Database &m_db;
    qint64 m_nocId = 0;
    bool m_showRetired = false;
    QList<Line> m_lines;
    QString m_lastError;
};

} // namespace kolokasi
