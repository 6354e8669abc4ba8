#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace kolokasi {

class Database;

/// A live placement as capacity sees it: which units of which rack, and its power draw.
struct RackOccupant
{
    qint64 placementId = 0;
    qint64 rackId = 0;
    int firstU = 0;
    int heightU = 0;
    int powerW = 0;
};

/// What live (reserved or active) placements use of the data centre.
class CapacityRepository
{
public:
    explicit CapacityRepository(Database &db) : m_db(db) {}

    /// Every live placement that sits in a rack.
    Result<QList<RackOccupant>> rackOccupants() const;
    /// The summed power (W) of the live placements in one rack.
    Result<qint64> rackPowerW(qint64 rackId) const;
    /// The summed power (W) of the servers of every live placement.
    Result<qint64> livePowerW() const;
    /// The summed bandwidth (Mbps) of requests that have a live placement.
    Result<qint64> liveBandwidthMbps() const;
    /// Every live IP address.
    Result<QStringList> liveAddresses() const;

private:
    Result<qint64> sum(const QString &sql) const;

    Database &m_db;
};

} // namespace kolokasi
