#pragma once

#include "common/Result.h"
#include "domain/RackElevation.h"

#include <QHash>
#include <QList>

namespace kolokasi {

class Database;
class Query;

/// The Rak page's reads, in two steps so a NOC of thousands of racks opens at once: every rack
/// of the NOC with its used units and power (one aggregate query, no placement read), then what
/// sits in the racks the view shows (and a margin), as it scrolls to them.
class RackViewRepository
{
public:
    explicit RackViewRepository(Database &db) : m_db(db) {}

    /// The racks of the NOC named `noc`, by name, each with its totals and no occupants
    /// (occupantsRead false): drawn as frames with their usage bars until their occupants come.
    Result<QList<RackElevation>> racks(const QString &noc) const;
    /// The live placements (top first) of each rack in `rackIds`, by rack id; a rack with none
    /// is absent.
    Result<QHash<qint64, QList<RackSlot>>> occupants(const QList<qint64> &rackIds) const;

    /// The slot in the row `row` holds from column `first` on, in the order both the Rak page
    /// and the rack printout select: first_u, height_u, server, unit, domain, status, placement,
    /// request, asset, register number, valid_until, power_w.
    static RackSlot slotFrom(const Query &row, int first);

private:
    Database &m_db;
};

} // namespace kolokasi
