#include "CapacityCalculator.h"

#include "common/StatusOf.h"
#include "domain/PoolAddresses.h"
#include "store/CapacityRepository.h"
#include "store/DataCentreRepository.h"
#include "store/FacilityRepository.h"
#include "validation/IpAddress.h"

#include <QHash>
#include <QSet>

namespace kolokasi {

namespace {
CapacityCheckItem item(const char *resource, double needed, double free, bool available = true)
{
    return {QString::fromLatin1(resource), needed, free, available && free >= needed, {}};
}

int totalRackUnits(const Request &request, const QList<Server> &servers)
{
    int total = 0;
    for (const Server &server : servers)
        total += server.rackUnits;
    return qMax(total, request.needs.rackUnits);
}

int totalPowerW(const Request &request, const QList<Server> &servers)
{
    int total = 0;
    for (const Server &server : servers)
        total += server.powerW;
    return qMax(total, request.needs.powerW);
}
} // namespace

Result<CapacitySnapshot> CapacityCalculator::snapshot() const
{
    CapacitySnapshot snapshot;
    auto racks = rackCapacities();
    if (!racks.ok())
        return racks.error();
    snapshot.racks = *racks;
    FacilityRepository facility(m_db);
    CapacityRepository usage(m_db);
    auto ups = facility.totalCapacity(QStringLiteral("ups"));
    auto genset = facility.totalCapacity(QStringLiteral("genset"));
    auto bandwidth = facility.totalCapacity(QStringLiteral("bandwidth"));
    auto power = usage.livePowerW();
    auto usedBandwidth = usage.liveBandwidthMbps();
    auto addresses = freePublicAddresses();
    for (const Status &read : {statusOf(ups), statusOf(genset), statusOf(bandwidth), statusOf(power),
                               statusOf(usedBandwidth), statusOf(addresses)}) {
        if (!read.ok())
            return read.error();
    }
    snapshot.upsHeadroomW = *ups - double(*power);
    snapshot.gensetHeadroomW = *genset - double(*power);
    snapshot.bandwidthHeadroomMbps = *bandwidth - double(*usedBandwidth);
    snapshot.freePublicAddresses = *addresses;
    return snapshot;
}

Result<QList<CapacityCheckItem>> CapacityCalculator::assess(const Request &request, const QList<Server> &servers) const
{
    auto free = snapshot();
    if (!free.ok())
        return free.error();
    return itemsFor(*free, request, servers);
}

Result<PlacementProposal> CapacityCalculator::propose(const Request &request, const QList<Server> &servers) const
{
    auto free = snapshot();
    if (!free.ok())
        return free.error();
    return PlacementPlanner::propose(*free, servers, request.needs.publicIps);
}

QList<CapacityCheckItem> CapacityCalculator::itemsFor(const CapacitySnapshot &snapshot, const Request &request,
                                                      const QList<Server> &servers)
{
    const PlacementProposal proposal = PlacementPlanner::propose(snapshot, servers, request.needs.publicIps);
    const int placed = int(servers.size() - proposal.unplacedServerIds.size());
    const int power = totalPowerW(request, servers);
    return {item("server", double(servers.size()), placed),
            item("power", power, snapshot.rackPowerHeadroomW(), proposal.complete()),
            item("ups", power, snapshot.upsHeadroomW),
            item("genset", power, snapshot.gensetHeadroomW),
            item("bandwidth", request.needs.bandwidthMbps, snapshot.bandwidthHeadroomMbps),
            item("space", totalRackUnits(request, servers), snapshot.freeUnits(), proposal.complete()),
            item("public_ip", request.needs.publicIps, double(snapshot.freePublicAddresses.size()))};
}

Result<QList<RackCapacity>> CapacityCalculator::rackCapacities() const
{
    auto racks = DataCentreRepository(m_db).allRacks();
    if (!racks.ok())
        return racks.error();
    auto occupants = CapacityRepository(m_db).rackOccupants();
    if (!occupants.ok())
        return occupants.error();
    QHash<qint64, QList<UsedSpan>> used;
    QHash<qint64, int> power;
    for (const RackOccupant &occupant : *occupants) {
        used[occupant.rackId].append({occupant.firstU, occupant.heightU});
        power[occupant.rackId] += occupant.powerW;
    }
    QList<RackCapacity> capacities;
    for (const Rack &rack : *racks)
        capacities.append({rack, RackSpace::freeGaps(rack.heightU, used.value(rack.id)), power.value(rack.id)});
    return capacities;
}

Result<QList<FreeAddress>> CapacityCalculator::freePublicAddresses() const
{
    auto pools = FacilityRepository(m_db).pools();
    if (!pools.ok())
        return pools.error();
    auto live = CapacityRepository(m_db).liveAddresses();
    if (!live.ok())
        return live.error();
    const QSet<QString> taken(live->cbegin(), live->cend());
    QList<FreeAddress> free;
    for (const IpPool &pool : *pools) {
        const auto network = IpNetwork::parse(pool.cidr);
        if (!pool.isPublic || !network)
            continue;
        const QString heldBack = PoolAddresses::heldBack(pool); // the router's
        for (const QString &host : network->usableHosts(kMaxAddressesPerPool)) {
            if (!taken.contains(host) && host != heldBack)
                free.append({host, pool.id});
        }
    }
    return free;
}

} // namespace kolokasi
