#include "CapacityRepository.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

Result<QList<RackOccupant>> CapacityRepository::rackOccupants() const
{
    Query query(m_db, QStringLiteral(
            "SELECT p.id, p.rack_id, p.first_u, p.height_u, s.power_w FROM placements p "
            "JOIN servers s ON s.id = p.server_id WHERE p.rack_id IS NOT NULL "
            "AND p.status IN ('reserved', 'active') ORDER BY p.rack_id, p.first_u"));
    return query.list([](const Query &q) {
        return RackOccupant{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toInt(),
                            q.value(4).toInt()};
    });
}

Result<qint64> CapacityRepository::rackPowerW(qint64 rackId) const
{
    Query query(m_db, QStringLiteral("SELECT COALESCE(SUM(s.power_w), 0) FROM placements p JOIN servers s "
                                     "ON s.id = p.server_id WHERE p.rack_id = :rack_id "
                                     "AND p.status IN ('reserved', 'active')"));
    auto total = query.bind(QStringLiteral(":rack_id"), rackId).scalar();
    if (!total.ok())
        return total.error();
    return total->toLongLong();
}

Result<qint64> CapacityRepository::livePowerW() const
{
    return sum(QStringLiteral("SELECT COALESCE(SUM(s.power_w), 0) FROM placements p JOIN servers s ON s.id = p.server_id "
                              "WHERE p.status IN ('reserved', 'active')"));
}

Result<qint64> CapacityRepository::liveBandwidthMbps() const
{
    return sum(QStringLiteral(
            "SELECT COALESCE(SUM(r.needed_bandwidth_mbps), 0) FROM requests r WHERE EXISTS (SELECT 1 FROM placements p "
            "JOIN servers s ON s.id = p.server_id WHERE s.request_id = r.id AND p.status IN ('reserved', 'active'))"));
}

Result<QStringList> CapacityRepository::liveAddresses() const
{
    Query query(m_db, QStringLiteral("SELECT address FROM ip_addresses WHERE status IN ('reserved', 'active')"));
    auto addresses = query.list([](const Query &q) { return q.value(0).toString(); });
    if (!addresses.ok())
        return addresses.error();
    return QStringList(*addresses);
}

Result<qint64> CapacityRepository::sum(const QString &sql) const
{
    auto total = Query(m_db, sql).scalar();
    if (!total.ok())
        return total.error();
    return total->toLongLong();
}

} // namespace kolokasi
