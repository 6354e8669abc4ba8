#include "PlacementRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
const QString kColumns = QStringLiteral(
    "p.id, p.server_id, p.noc_id, p.rack_id, p.first_u, p.height_u, p.location_note, p.domain, "
    "p.serial_number, p.type_brand, p.host_admin_user, p.status, p.override_note, p.created_at, "
    "p.released_at, p.row_version");
constexpr int kColumnCount = 16;

Placement placementOnly(const Query &q)
{
    return PlacementRepository::placementFrom(q, 0);
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalNumber(bool present, int value)
{
    return present ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace

QString PlacementRepository::columns(const SqlDialect &dialect)
{
    return kColumns + QStringLiteral(", ") + addressList(dialect);
}

QString PlacementRepository::addressList(const SqlDialect &dialect)
{
    // Live placements show their live addresses; a released one shows what it had.
    return dialect.joinedList(
        QStringLiteral("i.address"),
        QStringLiteral("ip_addresses i WHERE i.placement_id = p.id "
                       "AND (i.status <> 'released' OR p.status = 'released')"),
        QStringLiteral("i.id"));
}

Placement PlacementRepository::placementFrom(const Query &q, int first)
{
    Placement p;
    int i = first;
    p.id = q.value(i++).toLongLong();
    p.serverId = q.value(i++).toLongLong();
    p.nocId = q.value(i++).toLongLong();
    p.rackId = q.value(i++).toLongLong();
    p.firstU = q.value(i++).toInt();
    p.heightU = q.value(i++).toInt();
    p.locationNote = q.value(i++).toString();
    p.domain = q.value(i++).toString();
    p.serialNumber = q.value(i++).toString();
    p.typeBrand = q.value(i++).toString();
    p.hostAdminUser = q.value(i++).toString();
    fromStorage(q.value(i++).toString(), &p.status);
    p.overrideNote = q.value(i++).toString();
    p.createdAt = stored::instantFrom(q.value(i++));
    p.releasedAt = stored::instantFrom(q.value(i++));
    p.rowVersion = q.value(i++).toInt();
    const QString addresses = q.value(first + kColumnCount).toString();
    p.ipAddresses = addresses.isEmpty() ? QStringList() : addresses.split(QLatin1Char(','));
    return p;
}

Status PlacementRepository::lockForChanges()
{
    const QString lock = m_db.dialect().placementLock();
    return lock.isEmpty() ? Status() : Query(m_db, lock).exec();
}

Result<Placement> PlacementRepository::create(const Placement &placement,
                                              const QList<AddressAssignment> &addresses)
{
    const bool inRack = placement.rackId > 0;
    Query insert(m_db, QStringLiteral("INSERT INTO placements (server_id, noc_id, rack_id, "
                                      "first_u, height_u, location_note, domain, "
                                      "serial_number, type_brand, host_admin_user, override_note, "
                                      "created_at) VALUES (:server_id, :noc_id, "
                                      ":rack_id, :first_u, :height_u, :location_note, :domain, "
                                      ":serial, :type_brand, :host_admin_user, "
                                      ":override_note, :created_at) RETURNING id"));
    insert.bind(QStringLiteral(":server_id"), placement.serverId)
        .bind(QStringLiteral(":noc_id"), optionalId(placement.nocId))
        .bind(QStringLiteral(":rack_id"), optionalId(placement.rackId))
        .bind(QStringLiteral(":first_u"), optionalNumber(inRack, placement.firstU))
        .bind(QStringLiteral(":height_u"), optionalNumber(inRack, placement.heightU))
        .bindOptional(QStringLiteral(":location_note"), placement.locationNote)
        .bindOptional(QStringLiteral(":domain"), placement.domain)
        .bindOptional(QStringLiteral(":serial"), placement.serialNumber)
        .bindOptional(QStringLiteral(":type_brand"), placement.typeBrand)
        .bindOptional(QStringLiteral(":host_admin_user"), placement.hostAdminUser)
        .bindOptional(QStringLiteral(":override_note"), placement.overrideNote)
        .bind(QStringLiteral(":created_at"), m_db.nowText());
    auto id =
        AuditLog(m_db).insertAndLog(insert, QStringLiteral("placement"), placement.locationNote);
    if (!id.ok())
        return id.error();
    for (const AddressAssignment &address : addresses) {
        Query ip(m_db, QStringLiteral(
                           "INSERT INTO ip_addresses (placement_id, pool_id, address, assigned_at) "
                           "VALUES (:placement_id, :pool_id, :address, :at) RETURNING id"));
        ip.bind(QStringLiteral(":placement_id"), *id)
            .bind(QStringLiteral(":pool_id"), optionalId(address.poolId))
            .bind(QStringLiteral(":address"), address.address)
            .bind(QStringLiteral(":at"), m_db.nowText());
        if (auto ipId = AuditLog(m_db).insertAndLog(ip, QStringLiteral("ip_address"),
                                                    address.address, QStringLiteral("ip_address"));
            !ipId.ok())
            return ipId.error();
    }
    return find(*id);
}

Result<Placement> PlacementRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM placements p WHERE p.id = :id")
                          .arg(columns(m_db.dialect())));
    query.bind(QStringLiteral(":id"), id);
    return query.one(placementOnly, StoreErrors::notFound(tr("placement"), id));
}

Result<QList<Placement>> PlacementRepository::ofRequest(qint64 requestId) const
{
    Query query(m_db,
                QStringLiteral("SELECT %1 FROM placements p JOIN servers s ON s.id = p.server_id "
                               "WHERE s.request_id = :id ORDER BY s.position, p.id")
                    .arg(columns(m_db.dialect())));
    query.bind(QStringLiteral(":id"), requestId);
    return query.list(placementOnly);
}

Result<QList<Placement>> PlacementRepository::liveInRack(qint64 rackId) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM placements p WHERE p.rack_id = :rack_id "
                                     "AND p.status IN ('reserved', 'active') ORDER BY p.first_u")
                          .arg(columns(m_db.dialect())));
    query.bind(QStringLiteral(":rack_id"), rackId);
    return query.list(placementOnly);
}

Result<bool> PlacementRepository::liveDomainTaken(const QString &domain, qint64 exceptId) const
{
    return exists(
        QStringLiteral("SELECT COUNT(*) FROM placements WHERE domain = :value AND id <> :except "
                       "AND status IN ('reserved', 'active')"),
        domain, exceptId);
}

Result<bool> PlacementRepository::liveSerialTaken(const QString &serial, qint64 exceptId) const
{
    return exists(
        QStringLiteral(
            "SELECT COUNT(*) FROM placements WHERE serial_number = :value AND id <> :except "
            "AND status IN ('reserved', 'active')"),
        serial, exceptId);
}

Result<bool> PlacementRepository::liveAddressTaken(const QString &address) const
{
    return exists(
        QStringLiteral("SELECT COUNT(*) FROM ip_addresses WHERE address = :value AND id <> :except "
                       "AND status IN ('reserved', 'active')"),
        address, 0);
}

Result<bool> PlacementRepository::exists(const QString &sql, const QString &value,
                                         qint64 exceptId) const
{
    Query query(m_db, sql);
    query.bind(QStringLiteral(":value"), value).bind(QStringLiteral(":except"), exceptId);
    auto count = query.scalar();
    if (!count.ok())
        return count.error();
    return count->toLongLong() > 0;
}

Status PlacementRepository::activateRequest(qint64 requestId)
{
    Query addresses(m_db, QStringLiteral("UPDATE ip_addresses SET status = 'active', row_version = "
                                         "row_version + 1 WHERE status = 'reserved' "
                                         "AND placement_id IN (SELECT p.id FROM placements p JOIN "
                                         "servers s ON s.id = p.server_id "
                                         "WHERE s.request_id = :id)"));
    if (Status done = addresses.bind(QStringLiteral(":id"), requestId).exec(); !done.ok())
        return done;
    Query placements(
        m_db, QStringLiteral("UPDATE placements SET status = 'active', row_version = row_version + "
                             "1 WHERE status = 'reserved' "
                             "AND server_id IN (SELECT id FROM servers WHERE request_id = :id)"));
    if (Status done = placements.bind(QStringLiteral(":id"), requestId).exec(); !done.ok())
        return done;
    return AuditLog(m_db).append(QStringLiteral("activate"), QStringLiteral("placement"), requestId,
                                 QStringLiteral("placements of request activated"));
}

Status PlacementRepository::release(qint64 placementId)
{
    Query addresses(m_db, QStringLiteral("UPDATE ip_addresses SET status = 'released', released_at "
                                         "= :at, row_version = row_version + 1 "
                                         "WHERE placement_id = :id AND status <> 'released'"));
    addresses.bind(QStringLiteral(":at"), m_db.nowText()).bind(QStringLiteral(":id"), placementId);
    if (Status done = addresses.exec(); !done.ok())
        return done;
    Query placement(m_db, QStringLiteral("UPDATE placements SET status = 'released', released_at = "
                                         ":at, row_version = row_version + 1 "
                                         "WHERE id = :id AND status <> 'released'"));
    placement.bind(QStringLiteral(":at"), m_db.nowText()).bind(QStringLiteral(":id"), placementId);
    if (Status done = placement.exec(); !done.ok())
        return done;
    return AuditLog(m_db).append(QStringLiteral("release"), QStringLiteral("placement"),
                                 placementId);
}

} // namespace kolokasi
