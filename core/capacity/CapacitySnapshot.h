#pragma once

#include "RackSpace.h"
#include "domain/Rack.h"

#include <QList>
#include <QString>

namespace kolokasi {

/// What is free in one rack.
struct RackCapacity
{
    Rack rack;
    QList<FreeGap> gaps;
    int usedPowerW = 0;

    int powerHeadroomW() const { return rack.powerBudgetW - usedPowerW; }
    int freeUnits() const
    {
        int total = 0;
        for (const FreeGap &gap : gaps)
            total += gap.length;
        return total;
    }
};

/// A free public address and the pool it belongs to.
struct FreeAddress
{
    QString address;
    qint64 poolId = 0;
};

/// What is free in the whole data centre at one moment.
struct CapacitySnapshot
{
    QList<RackCapacity> racks;
    double upsHeadroomW = 0;
    double gensetHeadroomW = 0;
    double bandwidthHeadroomMbps = 0;
    QList<FreeAddress> freePublicAddresses; // in pool order

    int freeUnits() const
    {
        int total = 0;
        for (const RackCapacity &rack : racks)
            total += rack.freeUnits();
        return total;
    }

    int rackPowerHeadroomW() const
    {
        int total = 0;
        for (const RackCapacity &rack : racks)
            total += qMax(0, rack.powerHeadroomW());
        return total;
    }
};

} // namespace kolokasi
