#include "RackViewRepository.h"

#include "Database.h"
#include "Query.h"
#include "StoredValues.h"

namespace kolokasi {

Result<QList<RackElevation>> RackViewRepository::racks(const QString &noc) const
{
    // The totals from one aggregate over the placements' rack index: no placement row leaves
    // the database.
    Query query(m_db, QStringLiteral(
                          "SELECT r.id, n.name, r.name, r.height_u, r.power_budget_w, "
                          "COALESCE(SUM(p.height_u), 0), COALESCE(SUM(s.power_w), 0) "
                          "FROM racks r JOIN nocs n ON n.id = r.noc_id "
                          "LEFT JOIN placements p ON p.rack_id = r.id AND p.status IN ('reserved', "
                          "'active') LEFT JOIN servers s ON s.id = p.server_id WHERE n.name = :noc "
                          "GROUP BY r.id, n.name, r.name, r.height_u, r.power_budget_w "
                          "ORDER BY r.name, r.id"));
    query.bind(QStringLiteral(":noc"), noc);
    return query.list([](const Query &q) {
        RackElevation rack{q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toInt(),
                           q.value(4).toInt(),
                           {},
                           q.value(0).toLongLong()};
        rack.occupantsRead = false;
        rack.knownUsedU = q.value(5).toInt();
        rack.knownUsedPowerW = q.value(6).toInt();
        return rack;
    });
}

Result<QHash<qint64, QList<RackSlot>>>
RackViewRepository::occupants(const QList<qint64> &rackIds) const
{
    QHash<qint64, QList<RackSlot>> found;
    if (rackIds.isEmpty())
        return found;
    QStringList placeholders;
    for (qsizetype i = 0; i < rackIds.size(); ++i)
        placeholders << QStringLiteral(":rack%1").arg(i);
    // The same columns as the printout's rackElevations; the validity is the asset's once
    // installed, the application's while the units are only reserved.
    Query query(
        m_db,
        QStringLiteral(
            "SELECT p.rack_id, p.first_u, p.height_u, s.name, COALESCE(u.short_name, u.name), "
            "p.domain, p.status, p.id, q.id, a.id, a.register_number, "
            "CASE WHEN a.id IS NULL THEN app.valid_until ELSE a.valid_until END, s.power_w "
            "FROM placements p JOIN servers s ON s.id = p.server_id "
            "LEFT JOIN requests q ON q.id = s.request_id "
            "LEFT JOIN units u ON u.id = q.unit_id "
            "LEFT JOIN assets a ON a.placement_id = p.id "
            "LEFT JOIN applications app ON app.request_id = q.id "
            "WHERE p.rack_id IN (%1) AND p.status IN ('reserved', 'active') "
            "ORDER BY p.rack_id, p.first_u DESC")
            .arg(placeholders.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < rackIds.size(); ++i)
        query.bind(placeholders[i], rackIds[i]);
    if (Status done = query.exec(); !done.ok())
        return done.error();
    while (query.next()) {
        found[query.value(0).toLongLong()].append(slotFrom(query, 1));
    }
    return found;
}

RackSlot RackViewRepository::slotFrom(const Query &row, int first)
{
    RackSlot slot;
    slot.firstU = row.value(first).toInt();
    slot.heightU = row.value(first + 1).toInt();
    slot.serverName = row.value(first + 2).toString();
    slot.unitName = row.value(first + 3).toString();
    slot.domain = row.value(first + 4).toString();
    slot.status = row.value(first + 5).toString();
    slot.placementId = row.value(first + 6).toLongLong();
    slot.requestId = row.value(first + 7).toLongLong();
    slot.assetId = row.value(first + 8).toLongLong();
    slot.registerNumber = row.value(first + 9).toString();
    slot.validUntil = stored::dateFrom(row.value(first + 10));
    slot.powerW = row.value(first + 11).toInt();
    return slot;
}

} // namespace kolokasi
