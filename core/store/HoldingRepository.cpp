#include "HoldingRepository.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

namespace {
Holding holdingFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt(),
            q.value(6).toInt(),      q.value(7).toString()};
}
} // namespace

Result<QList<Holding>> HoldingRepository::ofNoc(qint64 nocId) const
{
    // A rack's NOC is where the placement stands, whatever the placement's own noc_id says.
    return list(
        QStringLiteral(
            "COALESCE((SELECT k.noc_id FROM racks k WHERE k.id = p.rack_id), p.noc_id) = :id"),
        QStringLiteral("p.id"), nocId);
}

Result<QList<Holding>> HoldingRepository::ofRack(qint64 rackId) const
{
    return list(QStringLiteral("p.rack_id = :id"), QStringLiteral("p.first_u, p.id"), rackId);
}

Result<QList<Holding>> HoldingRepository::ofPool(qint64 poolId) const
{
    return list(QStringLiteral("i.pool_id = :id AND i.status IN ('reserved', 'active')"),
                QStringLiteral("i.id"), poolId, true);
}

Result<QList<Holding>> HoldingRepository::list(const QString &where, const QString &order,
                                               qint64 id, bool addresses) const
{
    const QString addressColumn = addresses ? QStringLiteral("i.address") : QStringLiteral("''");
    const QString addressJoin =
        addresses ? QStringLiteral("JOIN ip_addresses i ON i.placement_id = p.id ") : QString();
    Query query(m_db, QStringLiteral(
                          "SELECT p.id, s.name, COALESCE(a.register_number, ''), "
                          "COALESCE(NULLIF(u.short_name, ''), u.name), COALESCE(p.first_u, 0), "
                          "COALESCE(p.height_u, 0), s.power_w, %1 "
                          "FROM placements p JOIN servers s ON s.id = p.server_id "
                          "JOIN requests r ON r.id = s.request_id JOIN units u ON u.id = r.unit_id "
                          "LEFT JOIN assets a ON a.placement_id = p.id %2"
                          "WHERE p.status IN ('reserved', 'active') AND %3 ORDER BY %4")
                          .arg(addressColumn, addressJoin, where, order));
    query.bind(QStringLiteral(":id"), id);
    return query.list(holdingFrom);
}

} // namespace kolokasi
