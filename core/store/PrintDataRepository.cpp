#include "PrintDataRepository.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

Result<QList<RackElevation>> PrintDataRepository::rackElevations(const QString &noc, const QString &rack) const
{
    if (!noc.isEmpty()) {
        Query known(m_db, QStringLiteral("SELECT COUNT(*) FROM nocs WHERE name = :noc"));
        known.bind(QStringLiteral(":noc"), noc);
        auto count = known.scalar();
        if (!count.ok())
            return count.error();
        if (count->toInt() == 0)
            return Error{QStringLiteral("unknown_noc"), tr("There is no NOC named %1.").arg(noc), QStringLiteral("noc")};
    }
    Query query(m_db, QStringLiteral(
            "SELECT r.id, n.name, r.name, r.height_u, r.power_budget_w FROM racks r JOIN nocs n ON n.id = r.noc_id "
            "WHERE (:noc_any = 1 OR n.name = :noc) AND (:rack_any = 1 OR r.name = :rack) ORDER BY n.name, r.name"));
    query.bind(QStringLiteral(":noc_any"), noc.isEmpty() ? 1 : 0)
            .bind(QStringLiteral(":noc"), noc)
            .bind(QStringLiteral(":rack_any"), rack.isEmpty() ? 1 : 0)
            .bind(QStringLiteral(":rack"), rack);
    auto rows = query.list([](const Query &q) {
        return std::make_pair(q.value(0).toLongLong(), RackElevation{q.value(1).toString(), q.value(2).toString(),
                                                                     q.value(3).toInt(), q.value(4).toInt(), {}});
    });
    if (!rows.ok())
        return rows.error();
    if (!rack.isEmpty() && rows->isEmpty())
        return Error{QStringLiteral("unknown_rack"), tr("There is no rack named %1.").arg(rack), QStringLiteral("rack")};
    if (!rack.isEmpty() && rows->size() > 1)
        return Error{QStringLiteral("ambiguous_rack"),
                     tr("Several NOCs have a rack named %1: name the NOC too.").arg(rack), QStringLiteral("noc")};
    QList<RackElevation> racks;
    for (const auto &[rackId, elevation] : *rows) {
        auto occupants = slotsOf(rackId);
        if (!occupants.ok())
            return occupants.error();
        racks.append(elevation);
        racks.last().occupants = *occupants;
    }
    return racks;
}

Result<QList<RackSlot>> PrintDataRepository::slotsOf(qint64 rackId) const
{
    Query query(m_db, QStringLiteral(
            "SELECT p.first_u, p.height_u, s.name, COALESCE(u.short_name, u.name), p.domain, p.status "
            "FROM placements p JOIN servers s ON s.id = p.server_id JOIN requests q ON q.id = s.request_id "
            "JOIN units u ON u.id = q.unit_id "
            "WHERE p.rack_id = :rack AND p.status IN ('reserved', 'active') ORDER BY p.first_u DESC"));
    query.bind(QStringLiteral(":rack"), rackId);
    return query.list([](const Query &q) {
        return RackSlot{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()};
    });
}

} // namespace kolokasi
