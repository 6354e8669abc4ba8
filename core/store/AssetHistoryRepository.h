#pragma once

#include "common/Result.h"
#include "domain/Review.h"

#include <QList>

namespace kolokasi {

class Database;

/// A review's finding for one asset, with the review it belongs to.
struct AssetReviewFinding
{
    Review review;
    ReviewItem item;
};

/// What the store keeps about one asset beyond its register line: the reviews that judged it
/// and the pencabutan requests that named it. Each one indexed query (review_items_asset,
/// withdrawals_asset).
class AssetHistoryRepository
{
public:
    explicit AssetHistoryRepository(Database &db) : m_db(db) {}

    /// Every review finding of the asset, the latest review first.
    Result<QList<AssetReviewFinding>> reviewFindings(qint64 assetId) const;
    /// The ids of the pencabutan requests naming the asset, oldest first.
    Result<QList<qint64>> withdrawalRequests(qint64 assetId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
