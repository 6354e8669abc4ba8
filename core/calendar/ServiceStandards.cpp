#include "ServiceStandards.h"

namespace kolokasi {

namespace {
constexpr qint64 kQuarterHour = 15 * 60;
constexpr qint64 kHour = 60 * 60;
constexpr int kTotalWorkingDays = 4;
} // namespace

qint64 ServiceStandards::forStep(int step, const WorkingCalendar &calendar)
{
    switch (step) {
    case 2:
    case 4:
    case 5:
    case 6:
    case 9:
        return kQuarterHour;
    case 3:
        return kHour;
    case 7:
    case 8:
        return calendar.workingDaySeconds();
    default:
        return 0;
    }
}

qint64 ServiceStandards::total(const WorkingCalendar &calendar)
{
    return kTotalWorkingDays * calendar.workingDaySeconds();
}

} // namespace kolokasi
