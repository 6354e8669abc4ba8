#pragma once

#include "Listing.h"
#include "common/Result.h"
#include "domain/Noc.h"
#include "domain/Rack.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The rooms (NOC) and racks of the data centre. Records are edited with optimistic locking
/// (an update names the row_version it read; another admin's newer change is refused as
/// "stale", never overwritten) and retired instead of deleted, so history keeps naming them.
class DataCentreRepository
{
    Q_DECLARE_TR_FUNCTIONS(DataCentreRepository)

public:
    explicit DataCentreRepository(Database &db) : m_db(db) {}

    /// Stores a new NOC; names are unique.
    Result<Noc> createNoc(const Noc &noc);
    /// Any NOC, retired too (old requests and printouts name it).
    Result<Noc> findNoc(qint64 id) const;
    Result<QList<Noc>> nocs(Listing listing = Listing::InService) const;
    /// Changes the name and location of a NOC in service, if `noc.rowVersion` is still current.
    Result<Noc> updateNoc(const Noc &noc);
    /// Takes a NOC out of service; refused while it has racks in service or live placements.
    Result<Noc> retireNoc(qint64 id, int expectedRowVersion);

    /// Stores a new rack in a NOC in service; names are unique within a NOC.
    Result<Rack> createRack(const Rack &rack);
    /// Any rack, retired too (old requests and printouts name it).
    Result<Rack> findRack(qint64 id) const;
    Result<QList<Rack>> racksOf(qint64 nocId, Listing listing = Listing::InService) const;
    /// Every rack of every NOC, by NOC and name.
    Result<QList<Rack>> allRacks(Listing listing = Listing::InService) const;
    /// Changes name, position, height and power budget of a rack in service, if
    /// `rack.rowVersion` is still current; never below what live placements use (InUseLimits).
    Result<Rack> updateRack(const Rack &rack);
    /// Takes a rack out of service; refused while reserved or active placements are in it.
    Result<Rack> retireRack(qint64 id, int expectedRowVersion);

private:
    Status validateRack(const Rack &rack) const;
    /// The stored record, if it is still at `expectedRowVersion` and in service.
    Result<Noc> currentNoc(qint64 id, int expectedRowVersion) const;
    Result<Rack> currentRack(qint64 id, int expectedRowVersion) const;

    Database &m_db;
};

} // namespace kolokasi
