#pragma once

#include "common/Result.h"
#include "domain/Correction.h"
#include "domain/RegisterEntry.h"
#include "domain/RequestEvent.h"
#include "domain/Review.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kolokasi {

class Database;

/// One asset of a review with its finding, if it has been marked yet.
struct ReviewLine
{
    RegisterEntry entry;
    std::optional<ReviewItem> finding;
};

/// A review with every asset it covers: the active assets, and those marked before they
/// were withdrawn.
struct ReviewProgress
{
    Review review;
    QList<ReviewLine> lines;
    int marked = 0;
    int matching = 0;
    int notMatching = 0; // found but different (tidak sesuai)
    int notFound = 0;    // not found at all (tidak ditemukan)

    int unmarked() const { return int(lines.size()) - marked; }
};

/// The yearly review (peninjauan) of the asset register: start it (date, reviewer), mark each
/// active asset Sesuai / Tidak sesuai / Tidak ditemukan with a note, correct an asset found
/// different (a correction recorded in its request's history), finish it. Each finding is saved at
/// once, so another admin on a shared database can resume the review; row versions stop them from
/// overwriting each other's findings.
class ReviewProcess
{
    Q_DECLARE_TR_FUNCTIONS(ReviewProcess)

public:
    explicit ReviewProcess(Database &db) : m_db(db) {}

    /// Starts a review on `day` by `reviewer`. Refused (code review_in_progress) while another
    /// review is unfinished: that one is resumed instead.
    Result<Review> start(const QDate &day, const QString &reviewer, const QString &note = {});
    /// The review with every asset it covers and its finding, by register number.
    Result<ReviewProgress> progress(qint64 reviewId) const;
    /// Saves the finding for one asset. "Tidak sesuai" needs a note saying what differs.
    /// `expectedRowVersion`: the finding's version the screen showed (0: none yet).
    Result<ReviewItem> mark(qint64 reviewId, qint64 assetId, bool matches, const QString &note,
                            int expectedRowVersion);
    /// The same with any finding; "Tidak ditemukan" needs no note (the finding says it).
    Result<ReviewItem> mark(qint64 reviewId, qint64 assetId, ReviewFinding finding,
                            const QString &note, int expectedRowVersion);
    /// Corrects a value of the asset's request found different during the review, through the
    /// request workflow's correction (history: field, old and new value, reason naming the
    /// review). Per-server fields default to the asset's own placement or server.
    Result<RequestEvent> correctAsset(qint64 reviewId, qint64 assetId, Correction correction);
    /// Finishes the review: each marked asset's last review date becomes the review's date.
    Status finish(qint64 reviewId, int expectedRowVersion);

    /// The reviews not finished yet (ReviewRepository::unfinished()).
    Result<QList<Review>> unfinished() const;
    /// Every review with its counts, newest first (ReviewRepository::summaries()).
    Result<QList<ReviewSummary>> summaries() const;

private:
    Status holdUnfinished(qint64 reviewId);

    Database &m_db;
};

} // namespace kolokasi
