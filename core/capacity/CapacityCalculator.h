#pragma once

#include "CapacitySnapshot.h"
#include "PlacementPlanner.h"
#include "common/Result.h"
#include "domain/CapacityCheck.h"
#include "domain/Request.h"
#include "domain/Server.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// Computes what is free in the data centre (rack units, rack power, UPS, genset, bandwidth,
/// public IPs) from the live placements, and the step-3 report lines for a request.
class CapacityCalculator
{
    Q_DECLARE_TR_FUNCTIONS(CapacityCalculator)

public:
    /// Free addresses are listed up to this many per pool (enough for any request).
    static constexpr int kMaxAddressesPerPool = 4096;

    explicit CapacityCalculator(Database &db) : m_db(db) {}

    /// What is free right now.
    Result<CapacitySnapshot> snapshot() const;
    /// The capacity report lines (server, power, ups, genset, bandwidth, space, public_ip).
    Result<QList<CapacityCheckItem>> assess(const Request &request, const QList<Server> &servers) const;
    /// A placement proposal for the request's servers.
    Result<PlacementProposal> propose(const Request &request, const QList<Server> &servers) const;
    /// The report lines of `request` against `snapshot` (pure).
    static QList<CapacityCheckItem> itemsFor(const CapacitySnapshot &snapshot, const Request &request,
                                             const QList<Server> &servers);

private:
    Result<QList<RackCapacity>> rackCapacities() const;
    Result<QList<FreeAddress>> freePublicAddresses() const;

    Database &m_db;
};

} // namespace kolokasi
