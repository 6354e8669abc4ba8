#pragma once

#include "Listing.h"
#include "common/Result.h"
#include "domain/Noc.h"
#include "domain/Rack.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The rows of the rooms (NOC) and racks of the data centre; their rules are DataCentreService's.
/// Records are written with optimistic locking (RecordChanges: another admin's newer change is
/// refused as "stale", never overwritten) and retired instead of deleted.
class DataCentreRepository
{
    Q_DECLARE_TR_FUNCTIONS(DataCentreRepository)

public:
    explicit DataCentreRepository(Database &db) : m_db(db) {}

    /// Stores a new NOC; names are unique (the schema says so).
    Result<Noc> createNoc(const Noc &noc);
    /// Any NOC, retired too (old requests and printouts name it).
    Result<Noc> findNoc(qint64 id) const;
    Result<QList<Noc>> nocs(Listing listing = Listing::InService) const;
    /// Writes the name and location of `noc` over `stored` (the row as read, for the audit),
    /// refused as stale if `noc.rowVersion` is no longer current.
    Result<Noc> updateNoc(const Noc &noc, const Noc &stored);
    /// Marks `stored` retired, refused as stale if its row version is no longer current.
    Result<Noc> retireNoc(const Noc &stored);

    /// Stores a new rack; names are unique within a NOC (the schema says so).
    Result<Rack> createRack(const Rack &rack);
    /// Any rack, retired too (old requests and printouts name it).
    Result<Rack> findRack(qint64 id) const;
    Result<QList<Rack>> racksOf(qint64 nocId, Listing listing = Listing::InService) const;
    /// Every rack of every NOC, by NOC and name.
    Result<QList<Rack>> allRacks(Listing listing = Listing::InService) const;
    /// Writes name, position, height and power budget of `rack` over `stored` (as updateNoc()).
    Result<Rack> updateRack(const Rack &rack, const Rack &stored);
    /// Marks `stored` retired (as retireNoc()).
    Result<Rack> retireRack(const Rack &stored);

private:

    Database &m_db;
};

} // namespace kolokasi
