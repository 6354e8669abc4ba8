#pragma once

#include "domain/Facility.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// Pusat Data: the facility budgets (UPS, genset, bandwidth) with capacity and unit.
/// Retired budgets only when asked, greyed.
class FacilityResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        NameColumn,
        CapacityColumn,
        StateColumn,
        ColumnCount
    };

    explicit FacilityResourceTableModel(Database &db, QObject *parent = nullptr);

    void setShowRetired(bool show);
    void reload();
    QString lastError() const { return m_lastError; }
    const FacilityResource &resourceAt(int row) const { return m_resources.at(row); }
    int rowOf(qint64 id) const;
    /// "UPS", "Genset", "Bandwidth" for the kind codes.
    static QString kindName(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    bool m_showRetired = false;
    QList<FacilityResource> m_resources;
    QString m_lastError;
};

} // namespace kolokasi
