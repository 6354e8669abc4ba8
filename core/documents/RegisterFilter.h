#pragma once

#include <QString>

namespace kolokasi {

/// Which register lines to print, by name as the admin types them; empty parts do not filter.
struct RegisterFilter
{
    QString noc;         // NOC name
    QString unit;        // unit name or short name (any case)
    QString status;      // active or withdrawn
    QString search = {}; // words typed in the register's search box (AssetFilter::search); the
                         // initializer keeps three-name aggregates ({noc, unit, status}) valid
};

} // namespace kolokasi
