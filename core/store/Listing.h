#pragma once

namespace kolokasi {

/// Which records a list holds: those in service (pickers, capacity planning, new placements)
/// or every one, retired too (the Pusat Data page, filters over history).
enum class Listing
{
    InService,
    WithRetired
};

} // namespace kolokasi
