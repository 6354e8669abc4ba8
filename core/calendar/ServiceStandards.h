#pragma once

#include "WorkingCalendar.h"

namespace kolokasi {

/// The SOP's service standards (mutu baku, "Waktu"), in seconds of office time.
class ServiceStandards
{
public:
    /// Step 2 (disposition) 15 minutes, 3 (capacity check) 1 hour, 4-6 15 minutes each,
    /// 7 (delivery) and 8 (installation) 1 working day each, 9 (report) 15 minutes.
    /// Step 1 (the unit's letter) has none: 0.
    static qint64 forStep(int step, const WorkingCalendar &calendar);
    /// The whole procedure: 4 working days (Kaltim SOP).
    static qint64 total(const WorkingCalendar &calendar);
};

} // namespace kolokasi
