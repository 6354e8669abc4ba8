#pragma once

#include "domain/RegisterEntry.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kolokasi {

class Database;

/// Dashboard: placements (not permanent) whose validity has ended, then those ending within
/// `days` days, soonest first: the first kFirstRows of them, and how many there are in all
/// (a register of 100,000 assets may hold thousands; the register lists them all).
class ExpiringPlacementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegisterNumberColumn,
        UnitColumn,
        ServerColumn,
        ValidUntilColumn,
        DaysLeftColumn,
        ColumnCount
    };
    enum Role
    {
        AssetIdRole = Qt::UserRole + 1, // qint64
        RequestIdRole,                  // qint64 the request that placed it
        ExpiredRole,                    // bool
        DaysLeftRole,                   // int, negative once expired
    };

    static constexpr int kDefaultDays = 30;
    static constexpr int kFirstRows = 25;

    explicit ExpiringPlacementsModel(Database &db, QObject *parent = nullptr);

    /// Reads the lines again as of `today` (the database clock's today when invalid).
    void reload(const QDate &today = {}, int days = kDefaultDays);
    QString lastError() const { return m_lastError; }
    /// How many placements the list has in all (rowCount() shows the first kFirstRows).
    int totalCount() const { return m_total; }
    const RegisterEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QDate m_today;
    QList<RegisterEntry> m_entries;
    QString m_lastError;
    int m_total = 0;
};

} // namespace kolokasi
