#pragma once

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// Dashboard: what is free per NOC (rack units, rack power), and a last row for the whole
/// data centre ("All data centres", bold: the total, not one more NOC) with the free public IP
/// addresses (pools belong to no NOC; the NOC rows show a dash there).
class CapacitySummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NocColumn,
        FreeUnitsColumn,
        TotalUnitsColumn,
        FreePowerColumn,
        FreePublicIpsColumn,
        ColumnCount
    };
    enum Role
    {
        NocIdRole = Qt::UserRole + 1, // qint64; 0 on the data-centre row
        ValueRole,                    // int of the number columns
        TotalRole,                    // bool: the last row, the total of every NOC
    };

    struct Line
    {
        qint64 nocId = 0; // 0: the whole data centre
        QString name;
        int freeUnits = 0;
        int totalUnits = 0;
        int freePowerW = 0;
        int freePublicIps = -1; // -1: not per NOC
    };

    explicit CapacitySummaryModel(Database &db, QObject *parent = nullptr);

    void reload();
    QString lastError() const { return m_lastError; }
    const Line &lineAt(int row) const { return m_lines.at(row); }
    /// The row is the total of every NOC (the last one).
    bool isTotal(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QVariant value(const Line &line, int column);

    Database &m_db;
    QList<Line> m_lines;
    QString m_lastError;
};

} // namespace kolokasi
