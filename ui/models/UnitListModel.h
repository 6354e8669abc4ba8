#pragma once

#include "domain/Unit.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The units a search finds (Unit & Pejabat page): name, short code and, for a retired unit,
/// the word "Retired" with greyed text (never colour alone).
class UnitListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
    };

    explicit UnitListModel(Database &db, QObject *parent = nullptr);

    /// Shows the units whose name, code, officer or number contains `text`.
    void setSearch(const QString &text, bool withRetired);
    void reload();
    QString lastError() const { return m_lastError; }
    /// The row of unit `id`, -1 if not shown.
    int rowOf(qint64 id) const;
    const Unit &unitAt(int row) const { return m_units.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QString m_search;
    bool m_withRetired = false;
    QList<Unit> m_units;
    QString m_lastError;
};

} // namespace kolokasi
