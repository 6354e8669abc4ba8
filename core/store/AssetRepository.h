#pragma once

#include "common/Result.h"
#include "domain/Asset.h"
#include "domain/RegisterEntry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kolokasi {

class Database;

/// Which register lines to list; an empty filter lists every asset.
struct AssetFilter
{
    qint64 assetId = 0;
    qint64 nocId = 0;
    qint64 unitId = 0;
    std::optional<AssetStatus> status;
    /// Only not-permanent assets valid until this date or earlier (validity checks).
    QDate validUntilOnOrBefore;
};

/// The asset register (aset register) as stored.
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

private:
    Result<QString> nextRegisterNumber(int year);

    Database &m_db;
};

} // namespace kolokasi
