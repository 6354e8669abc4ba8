#include "ReviewProcess.h"

#include "AssetRegister.h"
#include "store/AssetRepository.h"
#include "store/CorrectionRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/ReviewRepository.h"
#include "validation/Required.h"
#include "workflow/CorrectionStep.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace kolokasi {

Result<Review> ReviewProcess::start(const QDate &day, const QString &reviewer, const QString &note)
{
    if (!day.isValid())
        return Error{QStringLiteral("required"), tr("Enter the date of the review."),
                     QStringLiteral("reviewed_on")};
    if (Status named = Required::text(reviewer, QStringLiteral("reviewer"), tr("Reviewer"));
        !named.ok())
        return named.error();
    return m_db.transaction([&]() -> Result<Review> {
        ReviewRepository reviews(m_db);
        auto open = reviews.unfinished();
        if (!open.ok())
            return open.error();
        if (!open->isEmpty())
            return Error{
                QStringLiteral("review_in_progress"),
                tr("The review of %1 by %2 is not finished yet; continue it instead of starting a "
                   "new one.")
                    .arg(open->first().reviewedOn.toString(Qt::ISODate), open->first().reviewer),
                QStringLiteral("review")};
        Review review;
        review.reviewedOn = day;
        review.reviewer = reviewer.trimmed();
        review.note = note.trimmed();
        return reviews.create(review);
    });
}

Result<ReviewProgress> ReviewProcess::progress(qint64 reviewId) const
{
    ReviewRepository reviews(m_db);
    auto review = reviews.find(reviewId);
    if (!review.ok())
        return review.error();
    auto items = reviews.items(reviewId);
    if (!items.ok())
        return items.error();
    QHash<qint64, ReviewItem> findings;
    for (const ReviewItem &item : *items)
        findings.insert(item.assetId, item);

    AssetFilter active;
    active.status = AssetStatus::Active;
    auto entries = AssetRegister(m_db).entries(active);
    if (!entries.ok())
        return entries.error();
    QList<RegisterEntry> covered = *entries;
    QSet<qint64> listed;
    for (const RegisterEntry &entry : covered)
        listed.insert(entry.asset.id);
    for (const ReviewItem &item : *items) {
        if (listed.contains(item.assetId))
            continue;
        AssetFilter one;
        one.assetId = item.assetId;
        auto withdrawn = AssetRegister(m_db).entries(one);
        if (!withdrawn.ok())
            return withdrawn.error();
        covered += *withdrawn;
    }
    std::sort(covered.begin(), covered.end(), [](const RegisterEntry &a, const RegisterEntry &b) {
        return a.asset.registerNumber < b.asset.registerNumber;
    });

    ReviewProgress progress;
    progress.review = *review;
    for (const RegisterEntry &entry : covered) {
        ReviewLine line{entry, std::nullopt};
        if (auto found = findings.constFind(entry.asset.id); found != findings.constEnd()) {
            line.finding = *found;
            ++progress.marked;
            switch (found->finding()) {
            case ReviewFinding::Matches:
                ++progress.matching;
                break;
            case ReviewFinding::DoesNotMatch:
                ++progress.notMatching;
                break;
            case ReviewFinding::NotFound:
                ++progress.notFound;
                break;
            }
        }
        progress.lines.append(line);
    }
    return progress;
}

Result<ReviewItem> ReviewProcess::mark(qint64 reviewId, qint64 assetId, bool matches,
                                       const QString &note, int expectedRowVersion)
{
    return mark(reviewId, assetId, matches ? ReviewFinding::Matches : ReviewFinding::DoesNotMatch,
                note, expectedRowVersion);
}

Result<ReviewItem> ReviewProcess::mark(qint64 reviewId, qint64 assetId, ReviewFinding finding,
                                       const QString &note, int expectedRowVersion)
{
    if (finding == ReviewFinding::DoesNotMatch) {
        if (Status explained =
                Required::text(note, QStringLiteral("note"), tr("Note (what does not match)"),
                               TextInput::Lines::Multi);
            !explained.ok())
            return explained.error();
    }
    return m_db.transaction([&]() -> Result<ReviewItem> {
        if (Status open = holdUnfinished(reviewId); !open.ok())
            return open.error();
        auto asset = AssetRepository(m_db).find(assetId);
        if (!asset.ok())
            return asset.error();
        ReviewItem item;
        item.reviewId = reviewId;
        item.assetId = assetId;
        item.matches = finding == ReviewFinding::Matches;
        item.notFound = finding == ReviewFinding::NotFound;
        item.note = note;
        return ReviewRepository(m_db).saveItem(item, expectedRowVersion);
    });
}

Result<RequestEvent> ReviewProcess::correctAsset(qint64 reviewId, qint64 assetId,
                                                 Correction correction)
{
    return m_db.transaction([&]() -> Result<RequestEvent> {
        if (Status open = holdUnfinished(reviewId); !open.ok())
            return open.error();
        auto review = ReviewRepository(m_db).find(reviewId);
        if (!review.ok())
            return review.error();
        auto asset = AssetRepository(m_db).find(assetId);
        if (!asset.ok())
            return asset.error();
        auto field = CorrectionRepository::field(correction.field);
        if (!field.ok())
            return field.error();
        correction.requestId = asset->requestId;
        if (field->perRecord && correction.recordId <= 0) {
            if (field->table == QLatin1String("placements")) {
                correction.recordId = asset->placementId;
            } else {
                auto placement = PlacementRepository(m_db).find(asset->placementId);
                if (!placement.ok())
                    return placement.error();
                correction.recordId = placement->serverId;
            }
        }
        if (!correction.reason.trimmed().isEmpty())
            correction.reason =
                tr("Review of %1: %2")
                    .arg(review->reviewedOn.toString(Qt::ISODate), correction.reason.trimmed());
        return CorrectionStep(m_db).correct(correction);
    });
}

Status ReviewProcess::finish(qint64 reviewId, int expectedRowVersion)
{
    return m_db.transaction(
        [&]() -> Status { return ReviewRepository(m_db).finish(reviewId, expectedRowVersion); });
}

Status ReviewProcess::holdUnfinished(qint64 reviewId)
{
    return ReviewRepository(m_db).holdUnfinished(reviewId);
}

Result<QList<Review>> ReviewProcess::unfinished() const
{
    return ReviewRepository(m_db).unfinished();
}

Result<QList<ReviewSummary>> ReviewProcess::summaries() const
{
    return ReviewRepository(m_db).summaries();
}

} // namespace kolokasi
