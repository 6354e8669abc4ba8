#pragma once

#include "common/Result.h"
#include "domain/Noc.h"
#include "domain/Rack.h"
#include "store/DataCentreRepository.h"
#include "store/Listing.h"
#include "store/RackViewRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace kolokasi {

class Database;

/// The rooms (NOC) and racks of the data centre and their rules: names required, a rack's
/// height and power budget, nothing edited or retired below what live placements use
/// (InUseLimits), no edit of a retired record or over another admin's newer change (stale).
/// Screens and commands use this, never DataCentreRepository.
class DataCentreService
{
    // The messages keep the translation context they had in the repository.
    Q_DECLARE_TR_FUNCTIONS(DataCentreRepository)

public:
    explicit DataCentreService(Database &db) : m_db(db), m_rooms(db) {}

    /// Stores a new NOC; names are unique.
    Result<Noc> createNoc(const Noc &noc);
    /// Any NOC, retired too (old requests and printouts name it).
    Result<Noc> findNoc(qint64 id) const { return m_rooms.findNoc(id); }
    Result<QList<Noc>> nocs(Listing listing = Listing::InService) const
    {
        return m_rooms.nocs(listing);
    }
    /// Changes the name and location of a NOC in service, if `noc.rowVersion` is still current.
    Result<Noc> updateNoc(const Noc &noc);
    /// Takes a NOC out of service; refused while it has racks in service or live placements.
    Result<Noc> retireNoc(qint64 id, int expectedRowVersion);

    /// Stores a new rack in a NOC in service; names are unique within a NOC.
    Result<Rack> createRack(const Rack &rack);
    /// Any rack, retired too (old requests and printouts name it).
    Result<Rack> findRack(qint64 id) const { return m_rooms.findRack(id); }
    Result<QList<Rack>> racksOf(qint64 nocId, Listing listing = Listing::InService) const
    {
        return m_rooms.racksOf(nocId, listing);
    }
    /// Every rack of every NOC, by NOC and name.
    Result<QList<Rack>> allRacks(Listing listing = Listing::InService) const
    {
        return m_rooms.allRacks(listing);
    }
    /// Changes name, position, height and power budget of a rack in service, if
    /// `rack.rowVersion` is still current; never below what live placements use (InUseLimits).
    Result<Rack> updateRack(const Rack &rack);
    /// Takes a rack out of service; refused while reserved or active placements are in it.
    Result<Rack> retireRack(qint64 id, int expectedRowVersion);

    /// The racks of the NOC named `noc` as the rack page draws them (RackViewRepository).
    Result<QList<RackElevation>> rackElevations(const QString &noc) const;
    /// The occupants of each of `rackIds`, for rackElevations().
    Result<QHash<qint64, QList<RackSlot>>> rackOccupants(const QList<qint64> &rackIds) const;

private:
    static Status checkRack(const Rack &rack);
    /// The stored record, if it is still at `expectedRowVersion` and in service.
    Result<Noc> currentNoc(qint64 id, int expectedRowVersion) const;
    Result<Rack> currentRack(qint64 id, int expectedRowVersion) const;

    Database &m_db;
    DataCentreRepository m_rooms;
};

} // namespace kolokasi
