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

/// The finding for one asset: matches the register (sesuai) or not (tidak sesuai), with a note.
struct ReviewItem
{
    qint64 id = 0;
    qint64 reviewId = 0;
    qint64 assetId = 0;
    bool matches = true;
    QString note;
    QString markedBy;
    QDateTime markedAt;
    int rowVersion = 0;
};

} // namespace kolokasi
