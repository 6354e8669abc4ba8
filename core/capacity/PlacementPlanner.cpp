#include "PlacementPlanner.h"

namespace kolokasi {

namespace {
// The number of public IPs server `index` of `count` gets when `total` are spread evenly.
int shareOf(int total, int count, int index)
{
    return total / count + (index < total % count ? 1 : 0);
}
} // namespace

PlacementProposal PlacementPlanner::propose(CapacitySnapshot snapshot, const QList<Server> &servers, int publicIps)
{
    PlacementProposal proposal;
    int nextAddress = 0;
    for (int i = 0; i < servers.size(); ++i) {
        const Server &server = servers[i];
        PlacementBlock block;
        block.serverId = server.id;
        if (!snapshot.racks.isEmpty())
            block.nocId = snapshot.racks.first().rack.nocId;
        if (server.rackUnits > 0 && !placeInRack(snapshot, server, block))
            proposal.unplacedServerIds.append(server.id);
        const int share = servers.isEmpty() ? 0 : shareOf(publicIps, int(servers.size()), i);
        for (int n = 0; n < share && nextAddress < snapshot.freePublicAddresses.size(); ++n)
            block.ipAddresses.append(snapshot.freePublicAddresses[nextAddress++].address);
        proposal.blocks.append(block);
    }
    return proposal;
}

QString PlacementPlanner::locationText(const QString &rackName, int firstU, int heightU)
{
    if (heightU <= 1)
        return QStringLiteral("Rak %1, U %2").arg(rackName).arg(firstU);
    return QStringLiteral("Rak %1, U %2-%3").arg(rackName).arg(firstU).arg(firstU + heightU - 1);
}

bool PlacementPlanner::placeInRack(CapacitySnapshot &snapshot, const Server &server, PlacementBlock &block)
{
    int bestRack = -1;
    int bestGap = -1;
    for (int r = 0; r < snapshot.racks.size(); ++r) {
        const RackCapacity &rack = snapshot.racks[r];
        if (rack.powerHeadroomW() < server.powerW)
            continue;
        const int gap = RackSpace::bestFitIndex(rack.gaps, server.rackUnits);
        if (gap >= 0 && (bestRack < 0 || rack.gaps[gap].length < snapshot.racks[bestRack].gaps[bestGap].length)) {
            bestRack = r;
            bestGap = gap;
        }
    }
    if (bestRack < 0)
        return false;
    RackCapacity &rack = snapshot.racks[bestRack];
    FreeGap &gap = rack.gaps[bestGap];
    block.nocId = rack.rack.nocId;
    block.rackId = rack.rack.id;
    block.firstU = gap.firstU;
    block.locationNote = locationText(rack.rack.name, gap.firstU, server.rackUnits);
    gap.firstU += server.rackUnits;
    gap.length -= server.rackUnits;
    rack.usedPowerW += server.powerW;
    return true;
}

} // namespace kolokasi
