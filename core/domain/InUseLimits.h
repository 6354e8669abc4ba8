#pragma once

#include "common/Result.h"
#include "domain/Facility.h"
#include "domain/Holding.h"
#include "domain/Noc.h"
#include "domain/Rack.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

/// What live placements forbid when a NOC, rack or IP pool is changed or retired: a rack is
/// never made lower than its highest unit in use nor given less power than is placed in it;
/// a pool never loses an address in use; nothing in use is retired. Each refusal names the
/// placements that hold the record (server, register number, unit, rack units or address).
/// Pure: the holdings come from HoldingRepository.
class InUseLimits
{
    Q_DECLARE_TR_FUNCTIONS(InUseLimits)

public:
    /// Whether the rack can take `proposed`'s height and power budget.
    static Status rackChange(const Rack &proposed, const QList<Holding> &holdings);
    static Status rackRetirement(const Rack &rack, const QList<Holding> &holdings);
    /// A NOC is retired after its racks (`racksInService` names those still in service).
    static Status nocRetirement(const Noc &noc, const QStringList &racksInService,
                                const QList<Holding> &holdings);
    /// Whether the pool can take `proposed`'s network and gateway: every address in use
    /// stays inside it, and the gateway is not an address given to a server.
    static Status poolChange(const IpPool &proposed, const QList<Holding> &holdings);
    static Status poolRetirement(const IpPool &pool, const QList<Holding> &holdings);

    /// The addresses of `pool` still free for servers: its usable hosts less those in use
    /// and its gateway. Saturates like IpNetwork::usableHostCount(); 0 for a malformed pool.
    static quint64 freeAddresses(const IpPool &pool, int addressesInUse);

    /// "srv-simpus (ASET/2026/0001, Dinkes, U 21-24)": one holding as a refusal names it.
    static QString describe(const Holding &holding);
    /// At most a few holdings described, then "and N more".
    static QString describe(const QList<Holding> &holdings);
};

} // namespace kolokasi
