#pragma once

#include "Asset.h"
#include "Placement.h"
#include "ServerSpec.h"

#include <QString>

namespace kolokasi {

/// One line of the asset register as shown and printed: the asset with its unit, officer,
/// server, placement and spec (delivered, else requested).
struct RegisterEntry
{
    Asset asset;
    QString unitName;
    QString officerName;
    QString officerNip;
    QString serverName;
    int powerW = 0;
    QString nocName;
    QString rackName;
    Placement placement;
    ServerSpec spec;
};

} // namespace kolokasi
