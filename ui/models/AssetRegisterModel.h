#pragma once

#include "domain/RegisterEntry.h"
#include "register/AssetRegister.h"

#include <QAbstractTableModel>
#include <QDate>

namespace kolokasi {

class Clock;
class Database;

/// The asset register (Aset Register), lazy: rows arrive a page at a time (canFetchMore /
/// fetchMore) from one query each (AssetRegister::page); search, filters and sort run in SQL,
/// so 100,000 assets open as fast as 200. Needs no widget, so a benchmark can drive it.
class AssetRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RegisterNumberColumn,
        ServerNameColumn,
        UnitColumn,
        OfficerColumn,
        DomainColumn,
        IpAddressColumn,
        SerialNumberColumn,
        TypeBrandColumn,
        SpecColumn,
        LocationColumn,
        PowerColumn,
        InstalledOnColumn,
        ValidUntilColumn,
        StatusColumn,
        LastReviewColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64 asset id
        RequestIdRole,             // qint64 the request that placed it
        ReviewOverdueRole,         // bool: an active asset not reviewed in 12 months
        ExpiredRole,               // bool: an active asset whose validity has ended
        StatusColourRole,          // QColor of the status badge
    };

    /// Rows fetched per page.
    static constexpr int kPageSize = 200;

    /// Reads its first page now unless `readNow` is false (a page that loads when first shown).
    AssetRegisterModel(Database &db, const Clock &clock, QObject *parent = nullptr,
                       bool readNow = true);

    /// Replaces search and filters (the sort stays) and reads the first page again.
    void setFilter(const AssetFilter &filter);
    const AssetFilter &filter() const { return m_filter; }
    /// The sort of the rows (offset and limit are the model's).
    const RegisterPage &order() const { return m_order; }
    /// Reads the first page again (after a change).
    void reload();
    /// How many assets match, loaded or not (the row count beside the table).
    int totalCount() const { return m_total; }
    /// Why the last read failed; empty when it did not.
    QString lastError() const { return m_lastError; }
    /// The register line of `row` (a loaded row).
    const RegisterEntry &entryAt(int row) const { return m_rows.at(row); }
    /// The text of `entry`'s cell in `column` as shown on `today` (the asset's dialog shows
    /// the same words).
    static QString displayText(const RegisterEntry &entry, int column, const QDate &today);
    /// The column's header.
    static QString columnName(int column);
    /// Whether `column` can be sorted (every column but the spec).
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts in SQL by `column`; the spec column cannot be sorted and keeps the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool readPage(int offset, QList<RegisterEntry> &rows);
    static bool isReviewOverdue(const RegisterEntry &entry, const QDate &today);
    static bool isExpired(const RegisterEntry &entry, const QDate &today);

    Database &m_db;
    const Clock &m_clock;
    AssetFilter m_filter;
    RegisterPage m_order;
    QList<RegisterEntry> m_rows;
    QDate m_today; // read once per reload: one day for every row shown together
    int m_total = 0;
    bool m_changing = false; // inside a reset or an insertion
    QString m_lastError;
};

} // namespace kolokasi
