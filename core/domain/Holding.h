#pragma once

#include <QString>

namespace kolokasi {

/// A live (reserved or active) placement as it holds part of a NOC, rack or IP pool: what a
/// refusal to shrink or retire that record names.
struct Holding
{
    qint64 placementId = 0;
    QString serverName;
    QString registerNumber; // empty while reserved (no register entry yet)
    QString unitName;       // the requesting unit's short name, else its name
    int firstU = 0;         // 0 when not in a rack
    int heightU = 0;
    int powerW = 0;
    QString address; // the IP address held (pool holdings only)

    int lastU() const { return firstU + heightU - 1; }
};

} // namespace kolokasi
