#include "PrintDataRepository.h"

#include "Database.h"
#include "Query.h"

namespace kolokasi {

namespace {
QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

ServerSpecText specFrom(const Query &q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString()};
}

RegisterLine registerLineFrom(const Query &q)
{
    RegisterLine e;
    e.registerNumber = q.value(0).toString();
    e.unitName = q.value(1).toString();
    e.officerName = q.value(2).toString();
    e.officerNip = q.value(3).toString();
    fromStorage(q.value(4).toString(), &e.serviceType);
    e.serverName = q.value(5).toString();
    e.domain = q.value(6).toString();
    e.serialNumber = q.value(7).toString();
    e.typeBrand = q.value(8).toString();
    e.noc = q.value(9).toString();
    e.rack = q.value(10).toString();
    e.firstU = q.value(11).toInt();
    e.heightU = q.value(12).toInt();
    e.powerW = q.value(13).toInt();
    e.installedOn = day(q.value(14));
    e.permanent = q.value(15).toInt() == 1;
    e.validUntil = day(q.value(16));
    e.status = q.value(17).toString();
    e.withdrawnOn = day(q.value(18));
    e.lastReviewedOn = day(q.value(19));
    e.requestId = q.value(20).toLongLong();
    e.placementId = q.value(21).toLongLong();
    e.spec = specFrom(q, 22);
    return e;
}
} // namespace

Result<QStringList> PrintDataRepository::ipAddressesOf(qint64 placementId) const
{
    // A live placement shows its live addresses; a released one shows what it had.
    Query query(m_db, QStringLiteral(
            "SELECT i.address FROM ip_addresses i JOIN placements p ON p.id = i.placement_id "
            "WHERE i.placement_id = :placement AND (i.status <> 'released' OR p.status = 'released') "
            "ORDER BY i.id"));
    query.bind(QStringLiteral(":placement"), placementId);
    auto rows = query.list([](const Query &q) { return q.value(0).toString(); });
    if (!rows.ok())
        return rows.error();
    return QStringList(*rows);
}

Result<QList<RegisterLine>> PrintDataRepository::registerLines(const RegisterFilter &filter) const
{
    Query query(m_db, QStringLiteral(
            "SELECT a.register_number, u.name, o.name, o.nip, a.service_type, s.name, p.domain, p.serial_number, "
            "p.type_brand, n.name, r.name, p.first_u, p.height_u, s.power_w, a.installed_on, a.permanent, "
            "a.valid_until, a.status, a.withdrawn_on, a.last_reviewed_on, a.request_id, p.id, "
            "COALESCE(d.processor, q.processor), COALESCE(d.ram, q.ram), COALESCE(d.motherboard, q.motherboard), "
            "COALESCE(d.storage, q.storage), COALESCE(d.psu, q.psu) "
            "FROM assets a JOIN units u ON u.id = a.unit_id LEFT JOIN officers o ON o.id = a.officer_id "
            "JOIN placements p ON p.id = a.placement_id JOIN servers s ON s.id = p.server_id "
            "LEFT JOIN nocs n ON n.id = p.noc_id LEFT JOIN racks r ON r.id = p.rack_id "
            "LEFT JOIN server_specs d ON d.server_id = s.id AND d.kind = 'delivered' "
            "LEFT JOIN server_specs q ON q.server_id = s.id AND q.kind = 'requested' "
            "WHERE (:noc_any = 1 OR n.name = :noc) "
            "AND (:unit_any = 1 OR LOWER(u.name) = LOWER(:unit) OR LOWER(u.short_name) = LOWER(:unit_short)) "
            "AND (:status_any = 1 OR a.status = :status) ORDER BY a.register_number"));
    query.bind(QStringLiteral(":noc_any"), filter.noc.isEmpty() ? 1 : 0)
            .bind(QStringLiteral(":noc"), filter.noc)
            .bind(QStringLiteral(":unit_any"), filter.unit.isEmpty() ? 1 : 0)
            .bind(QStringLiteral(":unit"), filter.unit)
            .bind(QStringLiteral(":unit_short"), filter.unit)
            .bind(QStringLiteral(":status_any"), filter.status.isEmpty() ? 1 : 0)
            .bind(QStringLiteral(":status"), filter.status);
    auto rows = query.list(registerLineFrom);
    if (!rows.ok())
        return rows.error();
    QList<RegisterLine> entries = *rows;
    for (RegisterLine &entry : entries) {
        auto ips = ipAddressesOf(entry.placementId);
        if (!ips.ok())
            return ips.error();
        entry.ipAddresses = *ips;
    }
    return entries;
}

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
