#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kolokasi {

/// One run of the yearly review (peninjauan) of the asset register.
struct Review
{
    qint64 id = 0;
    QDate reviewedOn;
    QString reviewer;
    QString note;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the review is in progress
    QString finishedBy;
    int rowVersion = 0;

    bool isFinished() const { return finishedAt.isValid(); }
};

/// A review with how many findings of each kind it holds (the list of past reviews).
struct ReviewSummary
{
    Review review;
    int marked = 0;
    int matching = 0;
    int notMatching = 0;
    int notFound = 0;
};

/// What the reviewer found for one asset.
enum class ReviewFinding
{
    Matches,      // sesuai: as the register says
    DoesNotMatch, // tidak sesuai: found, but something differs (the note says what)
    NotFound,     // tidak ditemukan: the server is not where the register puts it
};

/// The finding for one asset: matches the register (sesuai) or not (tidak sesuai, or not found
/// at all: tidak ditemukan), with a note.
struct ReviewItem
{
    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 assetId = 0;
    bool matches = true;
    bool notFound = false; // tidak ditemukan; then matches is false
    QString note;
    QString markedBy;
    QDateTime markedAt;
    int rowVersion = 0;

    ReviewFinding finding() const
    {
        return matches ? ReviewFinding::Matches
                       : (notFound ? ReviewFinding::NotFound : ReviewFinding::DoesNotMatch);
    }
};

} // namespace kolokasi
