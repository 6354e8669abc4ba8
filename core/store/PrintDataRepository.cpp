#include "PrintDataRepository.h"

#include "Database.h"
#include "Query.h"
#include "RequestRepository.h"
#include "StoreErrors.h"
#include "UnitRepository.h"

namespace kolokasi {

namespace {
QDateTime instant(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString kPlacementColumns = QStringLiteral(
        "SELECT p.id, p.server_id, s.name, n.name, r.name, p.first_u, p.height_u, p.location_note, p.domain, "
        "p.serial_number, p.type_brand, p.host_admin_user, p.status "
        "FROM placements p JOIN servers s ON s.id = p.server_id "
        "LEFT JOIN nocs n ON n.id = p.noc_id LEFT JOIN racks r ON r.id = p.rack_id ");

DossierPlacement placementFrom(const Query &q)
{
    DossierPlacement p;
    p.id = q.value(0).toLongLong();
    p.serverId = q.value(1).toLongLong();
    p.serverName = q.value(2).toString();
    p.noc = q.value(3).toString();
    p.rack = q.value(4).toString();
    p.firstU = q.value(5).toInt();
    p.heightU = q.value(6).toInt();
    p.locationNote = q.value(7).toString();
    p.domain = q.value(8).toString();
    p.serialNumber = q.value(9).toString();
    p.typeBrand = q.value(10).toString();
    p.hostAdminUser = q.value(11).toString();
    p.status = q.value(12).toString();
    return p;
}

ServerSpecText specFrom(const Query &q, int first)
{
    return {q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString()};
}

// Reads the rows of an optional part of the dossier (at most one row) into `target`.
template<typename T, typename Mapper>
Status loadOptional(const Database &db, const QString &sql, qint64 requestId, Mapper map, std::optional<T> &target)
{
    Query query(db, sql);
    query.bind(QStringLiteral(":request"), requestId);
    auto rows = query.list(map);
    if (!rows.ok())
        return rows.error();
    if (!rows->isEmpty())
        target = rows->first();
    return {};
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

Result<PrintDossier> PrintDataRepository::dossier(qint64 requestId) const
{
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return request.error();
    auto unit = UnitRepository(m_db).find(request->unitId);
    if (!unit.ok())
        return unit.error();
    PrintDossier dossier{*request, *unit, {}, {}, {}, {}, {}, {}, {}, {}};
    using Loader = Status (PrintDataRepository::*)(PrintDossier &) const;
    for (Loader load : {&PrintDataRepository::loadServers, &PrintDataRepository::loadPlacements,
                        &PrintDataRepository::loadCapacityCheck, &PrintDataRepository::loadApplication,
                        &PrintDataRepository::loadApproval, &PrintDataRepository::loadHandover,
                        &PrintDataRepository::loadReports, &PrintDataRepository::loadWithdrawal}) {
        if (Status loaded = (this->*load)(dossier); !loaded.ok())
            return loaded.error();
    }
    return dossier;
}

Status PrintDataRepository::loadServers(PrintDossier &dossier) const
{
    Query servers(m_db, QStringLiteral("SELECT id, position, name, rack_units, power_w FROM servers "
                                       "WHERE request_id = :request ORDER BY position"));
    servers.bind(QStringLiteral(":request"), dossier.request.id);
    auto rows = servers.list([](const Query &q) {
        DossierServer s;
        s.id = q.value(0).toLongLong();
        s.position = q.value(1).toInt();
        s.name = q.value(2).toString();
        s.rackUnits = q.value(3).toInt();
        s.powerW = q.value(4).toInt();
        return s;
    });
    if (!rows.ok())
        return rows.error();
    dossier.servers = *rows;
    Query specs(m_db, QStringLiteral("SELECT sp.server_id, sp.kind, sp.processor, sp.ram, sp.motherboard, "
                                     "sp.storage, sp.psu, sp.mismatch_note FROM server_specs sp "
                                     "JOIN servers s ON s.id = sp.server_id WHERE s.request_id = :request"));
    specs.bind(QStringLiteral(":request"), dossier.request.id);
    if (Status done = specs.exec(); !done.ok())
        return done;
    while (specs.next()) {
        for (DossierServer &server : dossier.servers) {
            if (server.id != specs.value(0).toLongLong())
                continue;
            if (specs.value(1).toString() == QLatin1String("delivered")) {
                server.delivered = specFrom(specs, 2);
                server.mismatchNote = specs.value(7).toString();
            } else {
                server.requested = specFrom(specs, 2);
            }
        }
    }
    return {};
}

// One block per server: the newest placement row of each server of the request.
Status PrintDataRepository::loadPlacements(PrintDossier &dossier) const
{
    Query query(m_db, kPlacementColumns + QStringLiteral("WHERE s.request_id = :request ORDER BY s.position, p.id"));
    query.bind(QStringLiteral(":request"), dossier.request.id);
    auto rows = query.list(placementFrom);
    if (!rows.ok())
        return rows.error();
    for (DossierPlacement p : *rows) {
        auto ips = ipAddressesOf(p.id);
        if (!ips.ok())
            return ips.error();
        p.ipAddresses = *ips;
        if (!dossier.placements.isEmpty() && dossier.placements.last().serverId == p.serverId)
            dossier.placements.last() = p;
        else
            dossier.placements.append(p);
    }
    return {};
}

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

Result<DossierPlacement> PrintDataRepository::placement(qint64 placementId) const
{
    Query query(m_db, kPlacementColumns + QStringLiteral("WHERE p.id = :placement"));
    query.bind(QStringLiteral(":placement"), placementId);
    auto found = query.one(placementFrom, StoreErrors::notFound(tr("placement"), placementId));
    if (!found.ok())
        return found.error();
    auto ips = ipAddressesOf(placementId);
    if (!ips.ok())
        return ips.error();
    DossierPlacement p = *found;
    p.ipAddresses = *ips;
    return p;
}

Status PrintDataRepository::loadCapacityCheck(PrintDossier &dossier) const
{
    Status loaded = loadOptional(m_db, QStringLiteral("SELECT checked_at, checked_by, available, note "
                                                      "FROM capacity_checks WHERE request_id = :request"),
                                 dossier.request.id, [](const Query &q) {
                                     return DossierCapacityCheck{instant(q.value(0)), q.value(1).toString(),
                                                                 q.value(2).toInt() == 1, q.value(3).toString(), {}};
                                 }, dossier.capacityCheck);
    if (!loaded.ok() || !dossier.capacityCheck)
        return loaded;
    // The SOP's order of resources, whatever order the rows were written in.
    Query items(m_db, QStringLiteral(
            "SELECT resource, needed, free, available, note FROM capacity_check_items WHERE request_id = :request "
            "ORDER BY CASE resource WHEN 'server' THEN 1 WHEN 'power' THEN 2 WHEN 'ups' THEN 3 "
            "WHEN 'genset' THEN 4 WHEN 'bandwidth' THEN 5 WHEN 'space' THEN 6 ELSE 7 END"));
    items.bind(QStringLiteral(":request"), dossier.request.id);
    auto rows = items.list([](const Query &q) {
        return DossierCapacityItem{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble(),
                                   q.value(3).toInt() == 1, q.value(4).toString()};
    });
    if (!rows.ok())
        return rows.error();
    dossier.capacityCheck->items = *rows;
    return {};
}

Status PrintDataRepository::loadApplication(PrintDossier &dossier) const
{
    return loadOptional(m_db, QStringLiteral(
            "SELECT o.name, o.nip, a.unit_address, a.contact_phone, a.domain, a.domain_active_date, a.permanent, "
            "a.valid_until, a.filled_at FROM applications a JOIN officers o ON o.id = a.officer_id "
            "WHERE a.request_id = :request"),
            dossier.request.id, [](const Query &q) {
                return DossierApplication{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), day(q.value(5)),
                                          q.value(6).toInt() == 1, day(q.value(7)), instant(q.value(8))};
            }, dossier.application);
}

Status PrintDataRepository::loadApproval(PrintDossier &dossier) const
{
    return loadOptional(m_db, QStringLiteral("SELECT approved, location, reasons, decided_by, decided_at "
                                             "FROM approvals WHERE request_id = :request"),
                        dossier.request.id, [](const Query &q) {
                            return DossierApproval{q.value(0).toInt() == 1, q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString(), instant(q.value(4))};
                        }, dossier.approval);
}

Status PrintDataRepository::loadHandover(PrintDossier &dossier) const
{
    return loadOptional(m_db, QStringLiteral(
            "SELECT handed_over_at, giver_name, giver_nip, receiver_unit, receiver_name, receiver_nip "
            "FROM handovers WHERE request_id = :request"),
            dossier.request.id, [](const Query &q) {
                return DossierHandover{instant(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
            }, dossier.handover);
}

Status PrintDataRepository::loadReports(PrintDossier &dossier) const
{
    Query query(m_db, QStringLiteral("SELECT step, reported_at, note FROM step_reports "
                                     "WHERE request_id = :request ORDER BY step"));
    query.bind(QStringLiteral(":request"), dossier.request.id);
    auto rows = query.list([](const Query &q) {
        return DossierStepReport{q.value(0).toInt(), instant(q.value(1)), q.value(2).toString()};
    });
    if (!rows.ok())
        return rows.error();
    dossier.reports = *rows;
    return {};
}

Status PrintDataRepository::loadWithdrawal(PrintDossier &dossier) const
{
    std::optional<std::pair<DossierWithdrawal, qint64>> found;
    Status loaded = loadOptional(m_db, QStringLiteral(
            "SELECT w.reasons, w.approved, w.decided_by, w.decided_at, w.completed_at, a.register_number, "
            "a.service_type, a.placement_id FROM withdrawals w JOIN assets a ON a.id = w.asset_id "
            "WHERE w.request_id = :request"),
            dossier.request.id, [](const Query &q) {
                DossierWithdrawal w;
                w.reasons = q.value(0).toString();
                if (!q.value(1).isNull())
                    w.approved = q.value(1).toInt() == 1;
                w.decidedBy = q.value(2).toString();
                w.decidedAt = instant(q.value(3));
                w.completedAt = instant(q.value(4));
                w.registerNumber = q.value(5).toString();
                fromStorage(q.value(6).toString(), &w.serviceType);
                return std::make_pair(w, q.value(7).toLongLong());
            }, found);
    if (!loaded.ok() || !found)
        return loaded;
    auto placed = placement(found->second);
    if (!placed.ok())
        return placed.error();
    found->first.placement = *placed;
    dossier.withdrawal = found->first;
    return {};
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
