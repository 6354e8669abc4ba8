#include "ReviewSchedule.h"

#include "AssetRegister.h"

namespace kolokasi {

QDate ReviewSchedule::dueCutoff(const QDate &today)
{
    return today.addMonths(-AssetRegister::kReviewIntervalMonths);
}

bool ReviewSchedule::isOverdue(const QDate &lastReviewedOn, const QDate &today)
{
    return !lastReviewedOn.isValid() || lastReviewedOn < dueCutoff(today);
}

} // namespace kolokasi
