#include "PrintDataRepository.h"

#include "Database.h"
#include "Query.h"
#include "RackViewRepository.h"

namespace kolokasi {

namespace {
// Only the names given narrow the racks, so the engine starts from the NOC's or rack's index.
QString rackCondition(const QString &noc, const QString &rack)
{
    QStringList conditions;
    if (!noc.isEmpty())
        conditions << QStringLiteral("n.name = :noc");
    if (!rack.isEmpty())
        conditions << QStringLiteral("r.name = :rack");
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

void bindRackNames(Query &query, const QString &noc, const QString &rack)
{
    if (!noc.isEmpty())
        query.bind(QStringLiteral(":noc"), noc);
    if (!rack.isEmpty())
        query.bind(QStringLiteral(":rack"), rack);
}
} // namespace

Result<QList<RackElevation>> PrintDataRepository::rackElevations(const QString &noc,
                                                                 const QString &rack) const
{
    if (!noc.isEmpty()) {
        Query known(m_db, QStringLiteral("SELECT COUNT(*) FROM nocs WHERE name = :noc"));
        known.bind(QStringLiteral(":noc"), noc);
        auto count = known.scalar();
        if (!count.ok())
            return count.error();
        if (count->toInt() == 0)
            return Error{QStringLiteral("unknown_noc"), tr("There is no NOC named %1.").arg(noc),
                         QStringLiteral("noc")};
    }
    // One query for the racks and what sits in them (an empty rack comes as one row without
    // a placement), not one per rack: a NOC may hold thousands. The validity is the asset's once
    // installed, the application's while the units are only reserved.
    Query query(
        m_db,
        QStringLiteral(
            "SELECT r.id, n.name, r.name, r.height_u, r.power_budget_w, p.first_u, p.height_u, "
            "s.name, COALESCE(u.short_name, u.name), p.domain, p.status, p.id, q.id, a.id, "
            "a.register_number, CASE WHEN a.id IS NULL THEN app.valid_until ELSE a.valid_until "
            "END, s.power_w "
            "FROM racks r JOIN nocs n ON n.id = r.noc_id "
            "LEFT JOIN placements p ON p.rack_id = r.id AND p.status IN ('reserved', 'active') "
            "LEFT JOIN servers s ON s.id = p.server_id "
            "LEFT JOIN requests q ON q.id = s.request_id "
            "LEFT JOIN units u ON u.id = q.unit_id "
            "LEFT JOIN assets a ON a.placement_id = p.id "
            "LEFT JOIN applications app ON app.request_id = q.id%1 "
            "ORDER BY n.name, r.name, r.id, p.first_u DESC")
            .arg(rackCondition(noc, rack)));
    bindRackNames(query, noc, rack);
    if (Status done = query.exec(); !done.ok())
        return done.error();
    QList<RackElevation> racks;
    while (query.next()) {
        const qint64 rackId = query.value(0).toLongLong();
        if (racks.isEmpty() || racks.last().rackId != rackId) {
            racks.append(RackElevation{query.value(1).toString(),
                                       query.value(2).toString(),
                                       query.value(3).toInt(),
                                       query.value(4).toInt(),
                                       {},
                                       rackId});
        }
        if (query.value(11).isNull())
            continue; // an empty rack
        racks.last().occupants.append(RackViewRepository::slotFrom(query, 5));
    }
    if (!rack.isEmpty() && racks.isEmpty())
        return Error{QStringLiteral("unknown_rack"), tr("There is no rack named %1.").arg(rack),
                     QStringLiteral("rack")};
    if (!rack.isEmpty() && racks.size() > 1)
        return Error{QStringLiteral("ambiguous_rack"),
                     tr("Several NOCs have a rack named %1: name the NOC too.").arg(rack),
                     QStringLiteral("noc")};
    return racks;
}

} // namespace kolokasi
