#pragma once

#include <QDate>

namespace kolokasi {

/// When an asset is due for the yearly review: the one overdue rule every list, screen and
/// count uses (the register filter AssetRegister::onlyReviewOverdue uses the same interval).
class ReviewSchedule
{
public:
    /// The earliest last-review date that still counts as reviewed on `today`.
    static QDate dueCutoff(const QDate &today);
    /// Overdue: never reviewed, or last reviewed more than 12 months before `today`.
    static bool isOverdue(const QDate &lastReviewedOn, const QDate &today);
};

} // namespace kolokasi
