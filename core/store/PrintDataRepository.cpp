#include "PrintDataRepository.h"

#include "Database.h"
#include "Query.h"

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
    return conditions.isEmpty() ? QString()
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
    Query query(m_db, QStringLiteral("SELECT r.id, n.name, r.name, r.height_u, r.power_budget_w "
                                     "FROM racks r JOIN nocs n ON n.id = r.noc_id%1 "
                                     "ORDER BY n.name, r.name")
                          .arg(rackCondition(noc, rack)));
    bindRackNames(query, noc, rack);
    auto rows = query.list([](const Query &q) {
        return std::make_pair(q.value(0).toLongLong(), RackElevation{q.value(1).toString(),
                                                                     q.value(2).toString(),
                                                                     q.value(3).toInt(),
                                                                     q.value(4).toInt(),
                                                                     {}});
    });
    if (!rows.ok())
        return rows.error();
    if (!rack.isEmpty() && rows->isEmpty())
        return Error{QStringLiteral("unknown_rack"), tr("There is no rack named %1.").arg(rack),
                     QStringLiteral("rack")};
    if (!rack.isEmpty() && rows->size() > 1)
        return Error{QStringLiteral("ambiguous_rack"),
                     tr("Several NOCs have a rack named %1: name the NOC too.").arg(rack),
                     QStringLiteral("noc")};
    auto occupants = slotsOf(noc, rack);
    if (!occupants.ok())
        return occupants.error();
    QList<RackElevation> racks;
    for (const auto &[rackId, elevation] : *rows) {
        racks.append(elevation);
        racks.last().occupants = occupants->value(rackId);
    }
    return racks;
}

Result<QHash<qint64, QList<RackSlot>>> PrintDataRepository::slotsOf(const QString &noc,
                                                                    const QString &rack) const
{
    // One query for every rack listed, not one per rack: a NOC may hold thousands.
    Query query(
        m_db,
        QStringLiteral(
            "SELECT p.rack_id, p.first_u, p.height_u, s.name, COALESCE(u.short_name, u.name), "
            "p.domain, p.status "
            "FROM racks r JOIN nocs n ON n.id = r.noc_id JOIN placements p ON p.rack_id = r.id "
            "AND p.status IN ('reserved', 'active') JOIN servers s ON s.id = p.server_id "
            "JOIN requests q ON q.id = s.request_id JOIN units u ON u.id = q.unit_id%1 "
            "ORDER BY p.rack_id, p.first_u DESC")
            .arg(rackCondition(noc, rack)));
    bindRackNames(query, noc, rack);
    if (Status done = query.exec(); !done.ok())
        return done.error();
    QHash<qint64, QList<RackSlot>> byRack;
    while (query.next()) {
        byRack[query.value(0).toLongLong()].append(RackSlot{
            query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString(), query.value(6).toString()});
    }
    return byRack;
}

} // namespace kolokasi
