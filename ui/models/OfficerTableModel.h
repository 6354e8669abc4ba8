#pragma once

#include "domain/Officer.h"

#include <QAbstractTableModel>

namespace kolokasi {

class Database;

/// The officers of one unit (Unit & Pejabat page): name, kind, number grouped as printed,
/// position, phone, e-mail, and "Retired" with greyed text for a retired officer.
class OfficerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        NumberColumn,
        PositionColumn,
        PhoneColumn,
        EmailColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
    };

    explicit OfficerTableModel(Database &db, QObject *parent = nullptr);

    /// Shows the officers of `unitId` (0: none).
    void setUnit(qint64 unitId, bool withRetired);
    void reload();
    QString lastError() const { return m_lastError; }
    int rowOf(qint64 id) const;
    const Officer &officerAt(int row) const { return m_officers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Officer &officer, int column) const;

    Database &m_db;
    qint64 m_unitId = 0;
    bool m_withRetired = false;
    QList<Officer> m_officers;
    QString m_lastError;
};

} // namespace kolokasi
