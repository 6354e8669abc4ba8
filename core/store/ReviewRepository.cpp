#include "ReviewRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
const QString kReviewColumns = QStringLiteral(
    "id, reviewed_on, reviewer, note, started_at, finished_at, finished_by, row_version");
const QString kItemColumns = QStringLiteral(
    "id, review_id, asset_id, matches, note, marked_by, marked_at, row_version, not_found");

Review reviewFrom(const Query &query)
{
    Review review;
    review.id = query.value(0).toLongLong();
    review.reviewedOn = stored::dateFrom(query.value(1));
    review.reviewer = query.value(2).toString();
    review.note = query.value(3).toString();
    review.startedAt = stored::instantFrom(query.value(4));
    review.finishedAt = stored::instantFrom(query.value(5));
    review.finishedBy = query.value(6).toString();
    review.rowVersion = query.value(7).toInt();
    return review;
}

ReviewItem itemFrom(const Query &query)
{
    ReviewItem item;
    item.id = query.value(0).toLongLong();
    item.reviewId = query.value(1).toLongLong();
    item.assetId = query.value(2).toLongLong();
    item.matches = query.value(3).toInt() == 1;
    item.note = query.value(4).toString();
    item.markedBy = query.value(5).toString();
    item.markedAt = stored::instantFrom(query.value(6));
    item.rowVersion = query.value(7).toInt();
    item.notFound = query.value(8).toInt() == 1;
    return item;
}
} // namespace

Result<Review> ReviewRepository::create(const Review &review)
{
    Query insert(m_db,
                 QStringLiteral("INSERT INTO reviews (reviewed_on, reviewer, note, started_at) "
                                "VALUES (:day, :reviewer, :note, :at) RETURNING id"));
    insert.bind(QStringLiteral(":day"), stored::date(review.reviewedOn))
        .bind(QStringLiteral(":reviewer"), review.reviewer.trimmed())
        .bindOptional(QStringLiteral(":note"), review.note.trimmed())
        .bind(QStringLiteral(":at"), m_db.nowText());
    auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("review"),
                                          stored::date(review.reviewedOn));
    if (!id.ok())
        return id.error();
    return find(*id);
}

Result<Review> ReviewRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM reviews WHERE id = :id").arg(kReviewColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(reviewFrom, StoreErrors::notFound(tr("review"), id));
}

Result<QList<Review>> ReviewRepository::unfinished() const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM reviews WHERE finished_at IS NULL ORDER BY id")
                          .arg(kReviewColumns));
    return query.list(reviewFrom);
}

Result<QList<Review>> ReviewRepository::all() const
{
    Query query(m_db,
                QStringLiteral("SELECT %1 FROM reviews ORDER BY id DESC").arg(kReviewColumns));
    return query.list(reviewFrom);
}

Result<QList<ReviewSummary>> ReviewRepository::summaries() const
{
    Query query(
        m_db,
        QStringLiteral(
            "SELECT r.id, r.reviewed_on, r.reviewer, r.note, r.started_at, r.finished_at, "
            "r.finished_by, r.row_version, COUNT(i.id), "
            "COALESCE(SUM(CASE WHEN i.matches = 1 THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN i.matches = 0 AND i.not_found = 0 THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN i.not_found = 1 THEN 1 ELSE 0 END), 0) "
            "FROM reviews r LEFT JOIN review_items i ON i.review_id = r.id "
            "GROUP BY r.id ORDER BY r.id DESC"));
    return query.list([](const Query &row) {
        ReviewSummary summary;
        summary.review = reviewFrom(row);
        summary.marked = row.value(8).toInt();
        summary.matching = row.value(9).toInt();
        summary.notMatching = row.value(10).toInt();
        summary.notFound = row.value(11).toInt();
        return summary;
    });
}

Result<QList<ReviewItem>> ReviewRepository::items(qint64 reviewId) const
{
    Query query(m_db, QStringLiteral(
                          "SELECT %1 FROM review_items WHERE review_id = :review ORDER BY asset_id")
                          .arg(kItemColumns));
    query.bind(QStringLiteral(":review"), reviewId);
    return query.list(itemFrom);
}

Status ReviewRepository::holdUnfinished(qint64 reviewId)
{
    // A no-op UPDATE: on PostgreSQL it locks the row until the transaction ends, so finish()
    // and a finding never interleave; SQLite serialises writers anyway.
    Query hold(m_db, QStringLiteral("UPDATE reviews SET finished_at = finished_at "
                                    "WHERE id = :id AND finished_at IS NULL"));
    hold.bind(QStringLiteral(":id"), reviewId);
    if (Status done = hold.exec(); !done.ok())
        return done;
    if (hold.rowsAffected() == 1)
        return {};
    auto review = find(reviewId);
    if (!review.ok())
        return review.error();
    return Error{QStringLiteral("finished"),
                 tr("This review is already finished; start a new one to change findings."),
                 QStringLiteral("review")};
}

Result<ReviewItem> ReviewRepository::saveItem(const ReviewItem &item, int expectedRowVersion)
{
    const Error stale{
        QStringLiteral("stale"),
        tr("Another admin changed this finding meanwhile; reload the review and try again."),
        QStringLiteral("matches")};
    const bool notFound = !item.matches && item.notFound;
    if (expectedRowVersion <= 0) {
        // A second insert of the same asset fails on UNIQUE (review_id, asset_id): reported as
        // stale.
        Query insert(
            m_db, QStringLiteral(
                      "INSERT INTO review_items (review_id, asset_id, matches, not_found, note, "
                      "marked_by, marked_at) VALUES (:review, :asset, :matches, :not_found, :note, "
                      ":by, :at) RETURNING id"));
        insert.bind(QStringLiteral(":review"), item.reviewId)
            .bind(QStringLiteral(":asset"), item.assetId)
            .bind(QStringLiteral(":matches"), item.matches ? 1 : 0)
            .bind(QStringLiteral(":not_found"), notFound ? 1 : 0)
            .bindOptional(QStringLiteral(":note"), item.note.trimmed())
            .bind(QStringLiteral(":by"), m_db.actor())
            .bind(QStringLiteral(":at"), m_db.nowText());
        auto id = insert.insertedId(QStringLiteral("matches"));
        if (!id.ok())
            return id.error().code == QLatin1String("duplicate") ? stale : id.error();
    } else {
        Query update(
            m_db,
            QStringLiteral(
                "UPDATE review_items SET matches = :matches, not_found = :not_found, "
                "note = :note, marked_by = :by, marked_at = :at, row_version = row_version + 1 "
                "WHERE review_id = :review AND asset_id = :asset AND row_version = :version"));
        update.bind(QStringLiteral(":matches"), item.matches ? 1 : 0)
            .bind(QStringLiteral(":not_found"), notFound ? 1 : 0)
            .bindOptional(QStringLiteral(":note"), item.note.trimmed())
            .bind(QStringLiteral(":by"), m_db.actor())
            .bind(QStringLiteral(":at"), m_db.nowText())
            .bind(QStringLiteral(":review"), item.reviewId)
            .bind(QStringLiteral(":asset"), item.assetId)
            .bind(QStringLiteral(":version"), expectedRowVersion);
        if (Status done = update.exec(QStringLiteral("matches")); !done.ok())
            return done.error();
        if (update.rowsAffected() != 1)
            return stale;
    }
    auto saved = findItem(item.reviewId, item.assetId);
    if (!saved.ok())
        return saved.error();
    const QString details = QStringLiteral("asset %1: %2")
                                .arg(item.assetId)
                                .arg(item.matches ? QLatin1String("sesuai")
                                     : notFound   ? QLatin1String("tidak ditemukan")
                                                  : QLatin1String("tidak sesuai"));
    if (Status logged = AuditLog(m_db).append(QStringLiteral("review_finding"),
                                              QStringLiteral("review"), item.reviewId, details);
        !logged.ok())
        return logged.error();
    return saved;
}

Status ReviewRepository::finish(qint64 reviewId, int expectedRowVersion)
{
    auto review = find(reviewId);
    if (!review.ok())
        return review.error();
    Query close(
        m_db, QStringLiteral("UPDATE reviews SET finished_at = :at, finished_by = :by, "
                             "row_version = row_version + 1 "
                             "WHERE id = :id AND finished_at IS NULL AND row_version = :version"));
    close.bind(QStringLiteral(":at"), m_db.nowText())
        .bind(QStringLiteral(":by"), m_db.actor())
        .bind(QStringLiteral(":id"), reviewId)
        .bind(QStringLiteral(":version"), expectedRowVersion);
    if (Status done = close.exec(); !done.ok())
        return done;
    if (close.rowsAffected() != 1) {
        if (review->isFinished())
            return Error{QStringLiteral("finished"), tr("This review is already finished."),
                         QStringLiteral("review")};
        return Error{QStringLiteral("stale"),
                     tr("The review was changed meanwhile; reload it and try again."),
                     QStringLiteral("review")};
    }
    Query stamp(
        m_db,
        QStringLiteral("UPDATE assets SET last_reviewed_on = :day, row_version = row_version + 1 "
                       "WHERE id IN (SELECT asset_id FROM review_items WHERE review_id = :id) "
                       "AND (last_reviewed_on IS NULL OR last_reviewed_on < :day)"));
    stamp.bind(QStringLiteral(":day"), stored::date(review->reviewedOn))
        .bind(QStringLiteral(":id"), reviewId);
    if (Status done = stamp.exec(); !done.ok())
        return done;
    return AuditLog(m_db).append(QStringLiteral("finish"), QStringLiteral("review"), reviewId,
                                 QStringLiteral("%1 assets stamped").arg(stamp.rowsAffected()));
}

Status ReviewRepository::recordLastReview(qint64 assetId, const QDate &day)
{
    Query stamp(
        m_db,
        QStringLiteral("UPDATE assets SET last_reviewed_on = :day, row_version = row_version + 1 "
                       "WHERE id = :id"));
    stamp.bind(QStringLiteral(":day"), stored::date(day)).bind(QStringLiteral(":id"), assetId);
    return stamp.exec(QStringLiteral("last_reviewed_on"));
}

Result<ReviewItem> ReviewRepository::findItem(qint64 reviewId, qint64 assetId) const
{
    Query query(m_db,
                QStringLiteral(
                    "SELECT %1 FROM review_items WHERE review_id = :review AND asset_id = :asset")
                    .arg(kItemColumns));
    query.bind(QStringLiteral(":review"), reviewId).bind(QStringLiteral(":asset"), assetId);
    return query.one(itemFrom, StoreErrors::notFound(tr("review finding"), assetId));
}

} // namespace kolokasi
