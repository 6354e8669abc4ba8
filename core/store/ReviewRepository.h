#pragma once

#include "common/Result.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;
class Query;

/// Reviews (peninjauan) of the asset register and their per-asset findings, as stored.
/// Every change is guarded by row_version so two admins on a shared database never
/// overwrite each other's findings unseen.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    /// Stores a new, unfinished review and logs its creation.
    Result<Review> create(const Review &review);
    Result<Review> find(qint64 id) const;
    /// Reviews not finished yet, oldest first (to resume).
    Result<QList<Review>> unfinished() const;
    /// Every review, newest first.
    Result<QList<Review>> all() const;
    /// Every review with its counts of findings, newest first.
    Result<QList<ReviewSummary>> summaries() const;
    /// The findings of a review, by asset id.
    Result<QList<ReviewItem>> items(qint64 reviewId) const;

    /// Takes the review row for this transaction and refuses (code finished) if it is finished,
    /// so a finding cannot slip in after another admin finished the review.
    Status holdUnfinished(qint64 reviewId);
    /// Saves a finding. `expectedRowVersion` is the version the screen showed (0: the asset
    /// had no finding yet); refuses with code stale if another admin changed it meanwhile.
    Result<ReviewItem> saveItem(const ReviewItem &item, int expectedRowVersion);
    /// Marks the review finished and stamps last_reviewed_on of every asset it has a finding
    /// for with the review's date (never moving a later date back). Refuses (code finished)
    /// if it already is.
    Status finish(qint64 reviewId, int expectedRowVersion);

    /// Sets an asset's last review date as known from elsewhere (an imported register).
    Status recordLastReview(qint64 assetId, const QDate &day);

private:
    Result<ReviewItem> findItem(qint64 reviewId, qint64 assetId) const;

    Database &m_db;
};

} // namespace kolokasi
