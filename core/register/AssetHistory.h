#pragma once

#include "common/Result.h"
#include "domain/RegisterEntry.h"
#include "domain/RequestEvent.h"
#include "store/AssetHistoryRepository.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Everything the register knows about one asset: its line, the history of the request that
/// placed it (every step, form issued and correction), the reviews that judged it and each
/// pencabutan that named it with its own history.
struct AssetHistory
{
    RegisterEntry entry;
    QList<RequestEvent> requestEvents;    // the placing request's, oldest first
    QList<AssetReviewFinding> reviews;    // latest first
    QList<qint64> withdrawalRequestIds;   // oldest first
    QList<RequestEvent> withdrawalEvents; // of those requests, oldest first
};

/// Reads an asset's whole history in one call, for the asset's dialog.
class AssetHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(AssetHistoryReader)

public:
    explicit AssetHistoryReader(Database &db) : m_db(db) {}

    /// not_found when no asset has `assetId`.
    Result<AssetHistory> read(qint64 assetId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
