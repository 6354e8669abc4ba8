#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace kolokasi {

class Database;

/// A live (reserved or active) placement as it holds part of a NOC, rack or IP pool: what a
/// refusal to shrink or retire that record names.
struct Holding
{
    qint64 placementId = 0;
    QString serverName;
    QString registerNumber; // empty while reserved (no register entry yet)
    QString unitName;       // the requesting unit's short name, else its name
    int firstU = 0;         // 0 when not in a rack
    int heightU = 0;
    int powerW = 0;
    QString address; // the IP address held (pool holdings only)

    int lastU() const { return firstU + heightU - 1; }
};

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
