#include "AssetHistoryRepository.h"

#include "Query.h"
#include "StoredValues.h"

namespace kolokasi {

Result<QList<AssetReviewFinding>> AssetHistoryRepository::reviewFindings(qint64 assetId) const
{
    Query query(m_db, QStringLiteral(
                          "SELECT r.id, r.reviewed_on, r.reviewer, r.finished_at, i.id, i.matches, "
                          "i.note, i.marked_by, i.marked_at "
                          "FROM review_items i JOIN reviews r ON r.id = i.review_id "
                          "WHERE i.asset_id = :asset ORDER BY r.reviewed_on DESC, r.id DESC"));
    query.bind(QStringLiteral(":asset"), assetId);
    return query.list([assetId](const Query &row) {
        AssetReviewFinding finding;
        finding.review.id = row.value(0).toLongLong();
        finding.review.reviewedOn = stored::dateFrom(row.value(1));
        finding.review.reviewer = row.value(2).toString();
        finding.review.finishedAt = stored::instantFrom(row.value(3));
        finding.item.id = row.value(4).toLongLong();
        finding.item.reviewId = finding.review.id;
        finding.item.assetId = assetId;
        finding.item.matches = row.value(5).toInt() == 1;
        finding.item.note = row.value(6).toString();
        finding.item.markedBy = row.value(7).toString();
        finding.item.markedAt = stored::instantFrom(row.value(8));
        return finding;
    });
}

Result<QList<qint64>> AssetHistoryRepository::withdrawalRequests(qint64 assetId) const
{
    Query query(m_db, QStringLiteral("SELECT request_id FROM withdrawals WHERE asset_id = :asset "
                                     "ORDER BY request_id"));
    query.bind(QStringLiteral(":asset"), assetId);
    return query.list([](const Query &row) { return row.value(0).toLongLong(); });
}

} // namespace kolokasi
