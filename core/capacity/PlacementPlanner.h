#pragma once

#include "CapacitySnapshot.h"
#include "domain/PlacementBlock.h"
#include "domain/Server.h"

#include <QList>

namespace kolokasi {

/// A proposed placement for each server of a request; servers without room are listed apart.
struct PlacementProposal
{
    QList<PlacementBlock> blocks;
    QList<qint64> unplacedServerIds;

    bool complete() const { return unplacedServerIds.isEmpty(); }
};

/// Proposes where a request's servers go: best fit first (the smallest free gap that fits,
/// in a rack whose power budget still has room), and public IPs from the pools in order.
/// The DC team may change any of it at approval (with a note).
class PlacementPlanner
{
public:
    /// A proposal against `snapshot`; servers with zero rack units (hosting) get only a NOC.
    static PlacementProposal propose(CapacitySnapshot snapshot, const QList<Server> &servers, int publicIps);
    /// The "Letak Server" text of a rack position, e.g. "Rak R01, U 10-11".
    static QString locationText(const QString &rackName, int firstU, int heightU);

private:
    static bool placeInRack(CapacitySnapshot &snapshot, const Server &server, PlacementBlock &block);
};

} // namespace kolokasi
