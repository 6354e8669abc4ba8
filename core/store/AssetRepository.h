#pragma once

#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/RegisterEntry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kolokasi {

class Database;

/// Which register lines to list; an empty filter lists every asset. Every field narrows.
struct AssetFilter
{
    qint64 assetId = 0;
    qint64 nocId = 0;
    qint64 unitId = 0;
    std::optional<AssetStatus> status;
    /// Only not-permanent assets valid until this date or earlier (validity checks).
    QDate validUntilOnOrBefore;
    /// Only not-permanent assets valid until this date or later.
    QDate validUntilOnOrAfter;
    /// Only assets never reviewed or last reviewed before this date (review overdue).
    QDate reviewedBefore;
    /// Words typed in the search box: each must occur (case ignored) in one of the line's texts:
    /// register number, server, unit, officer and NIP, domain, IP, S/N, type, spec, NOC, rack,
    /// note.
    QString search;
};

/// The register's columns a list can be sorted by.
enum class RegisterColumn
{
    RegisterNumber,
    ServerName,
    Unit,
    Officer,
    Domain,
    IpAddress,
    SerialNumber,
    TypeBrand,
    Location,
    PowerW,
    InstalledOn,
    ValidUntil,
    State,
    LastReviewedOn
};

/// Sort order and page of a register list. Ties are broken by register number, so pages
/// never overlap; absent values sort last.
struct RegisterPage
{
    RegisterColumn sortBy = RegisterColumn::RegisterNumber;
    bool descending = false;
    int offset = 0;
    int limit = -1; // -1: every line from `offset` on
};

/// The asset register (aset register) as stored.
class AssetListSql;

class AssetRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssetRepository)

public:
    explicit AssetRepository(Database &db) : m_db(db) {}

    /// Stores an active asset; a blank register number gets the next "AST-<year>-<nnnn>".
    Result<Asset> create(const Asset &asset);
    Result<Asset> find(qint64 id) const;
    /// Marks an asset withdrawn on `day` by the withdrawal request `requestId`.
    Status markWithdrawn(qint64 assetId, const QDate &day, qint64 requestId);
    /// Register lines matching `filter`, by register number.
    Result<QList<RegisterEntry>> entries(const AssetFilter &filter) const;
    /// One page of the register lines matching `filter`, in one query.
    Result<QList<RegisterEntry>> entries(const AssetFilter &filter, const RegisterPage &page) const;
    /// How many register lines match `filter`.
    Result<int> count(const AssetFilter &filter) const;
    /// The first `limit` lines matching `filter`, the soonest validity first (ties by id):
    /// the order of the valid-until index, so the engine stops after `limit` lines instead of
    /// sorting every match (the Dasbor's validity list at 100,000 assets).
    Result<QList<RegisterEntry>> firstByValidity(const AssetFilter &filter, int limit) const;

private:
    Result<QList<RegisterEntry>> pageOf(const AssetListSql &list, const QString &order, int limit,
                                        int offset) const;

    Result<QString> nextRegisterNumber(int year);

    Database &m_db;
};

} // namespace kolokasi
