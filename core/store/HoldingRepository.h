#pragma once

#include "common/Result.h"
#include "domain/Holding.h"

#include <QList>
#include <QString>

namespace kolokasi {

class Database;

/// Which live placements hold a NOC, a rack or an IP pool.
class HoldingRepository
{
public:
    explicit HoldingRepository(Database &db) : m_db(db) {}

    /// Live placements in the NOC (in one of its racks or, for hosting, in the room itself).
    Result<QList<Holding>> ofNoc(qint64 nocId) const;
    /// Live placements in the rack, lowest unit first.
    Result<QList<Holding>> ofRack(qint64 rackId) const;
    /// Live addresses taken from the pool, one holding per address.
    Result<QList<Holding>> ofPool(qint64 poolId) const;

private:
    Result<QList<Holding>> list(const QString &where, const QString &order, qint64 id,
                                bool addresses = false) const;

    Database &m_db;
};

} // namespace kolokasi
