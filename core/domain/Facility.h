#pragma once

#include <QString>

namespace kolokasi {

/// A facility-wide budget: UPS or genset capacity (W), or total bandwidth (Mbps).
struct FacilityResource
{
    qint64 id = 0;
    QString kind; // ups, genset, bandwidth
    QString name;
    double capacity = 0;
};

/// An address pool (CIDR); public pools are where a request's public IPs come from.
struct IpPool
{
    qint64 id = 0;
    QString name;
    QString cidr;
    bool isPublic = true;
};

} // namespace kolokasi
