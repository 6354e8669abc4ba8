#include "FacilityRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "HoldingRepository.h"
#include "Query.h"
#include "RecordChanges.h"
#include "StoreErrors.h"
#include "StoredValues.h"
#include "domain/InUseLimits.h"
#include "domain/PoolAddresses.h"
#include "validation/IpAddress.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QString kResourceColumns =
    QStringLiteral("id, kind, name, capacity, row_version, retired_at");
const QString kPoolColumns =
    QStringLiteral("id, name, cidr, is_public, gateway, note, row_version, retired_at");
const QStringList kResourceKinds{QStringLiteral("ups"), QStringLiteral("genset"),
                                 QStringLiteral("bandwidth")};

QString inService(Listing listing)
{
    return listing == Listing::InService ? QStringLiteral(" AND retired_at IS NULL") : QString();
}

FacilityResource resourceFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDouble(),   q.value(4).toInt(),    stored::instantFrom(q.value(5))};
}

IpPool poolFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),          q.value(2).toString(),
            q.value(3).toInt() == 1, q.value(4).toString(),          q.value(5).toString(),
            q.value(6).toInt(),      stored::instantFrom(q.value(7))};
}

/// The pool as stored: trimmed name and note, canonical network and gateway text.
IpPool canonical(const IpPool &pool)
{
    IpPool tidy = pool;
    tidy.name = pool.name.trimmed();
    tidy.note = pool.note.trimmed();
    tidy.cidr = IpNetwork::parse(pool.cidr.trimmed())->toString();
    if (const auto gateway = IpAddress::parse(pool.gateway.trimmed()))
        tidy.gateway = gateway->toString();
    return tidy;
}

bool overlaps(const IpNetwork &a, const IpNetwork &b)
{
    return a.address().isV4() == b.address().isV4() &&
           (a.contains(b.address()) || b.contains(a.address()));
}
} // namespace

Status FacilityRepository::validateResource(const FacilityResource &resource) const
{
    if (!kResourceKinds.contains(resource.kind))
        return Error{QStringLiteral("invalid_value"), tr("Choose UPS, genset or bandwidth."),
                     QStringLiteral("kind")};
    if (Status filled = Required::text(resource.name, QStringLiteral("name"), tr("Name"));
        !filled.ok())
        return filled;
    if (resource.capacity < 0)
        return Error{QStringLiteral("invalid_value"), tr("A capacity cannot be negative."),
                     QStringLiteral("capacity")};
    return {};
}

Result<FacilityResource> FacilityRepository::createResource(const FacilityResource &resource)
{
    if (Status valid = validateResource(resource); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<FacilityResource> {
        Query insert(m_db, QStringLiteral("INSERT INTO facility_resources (kind, name, capacity) "
                                          "VALUES (:kind, :name, :capacity) RETURNING id"));
        insert.bind(QStringLiteral(":kind"), resource.kind)
            .bind(QStringLiteral(":name"), resource.name.trimmed())
            .bind(QStringLiteral(":capacity"), resource.capacity);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("facility_resource"),
                                              resource.name, QStringLiteral("name"));
        if (!id.ok())
            return id.error();
        return findResource(*id);
    });
}

Result<FacilityResource> FacilityRepository::findResource(qint64 id) const
{
    Query query(
        m_db,
        QStringLiteral("SELECT %1 FROM facility_resources WHERE id = :id").arg(kResourceColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(resourceFrom, StoreErrors::notFound(tr("facility resource"), id));
}

Result<QList<FacilityResource>> FacilityRepository::resources(Listing listing) const
{
    return Query(m_db, QStringLiteral(
                           "SELECT %1 FROM facility_resources WHERE 1 = 1%2 ORDER BY kind, name")
                           .arg(kResourceColumns, inService(listing)))
        .list(resourceFrom);
}

Result<double> FacilityRepository::totalCapacity(const QString &kind) const
{
    Query query(m_db, QStringLiteral("SELECT COALESCE(SUM(capacity), 0) FROM facility_resources "
                                     "WHERE kind = :kind AND retired_at IS NULL"));
    auto total = query.bind(QStringLiteral(":kind"), kind).scalar();
    if (!total.ok())
        return total.error();
    return total->toDouble();
}

Result<FacilityResource> FacilityRepository::updateResource(const FacilityResource &resource)
{
    return m_db.transaction([&]() -> Result<FacilityResource> {
        auto current = currentResource(resource.id, resource.rowVersion);
        if (!current.ok())
            return current.error();
        FacilityResource proposed = resource;
        proposed.kind = current->kind;
        if (Status valid = validateResource(proposed); !valid.ok())
            return valid.error();
        Query update(
            m_db, QStringLiteral(
                      "UPDATE facility_resources SET name = :name, capacity = :capacity, "
                      "row_version = row_version + 1 WHERE id = :id AND row_version = :expected"));
        update.bind(QStringLiteral(":name"), proposed.name.trimmed())
            .bind(QStringLiteral(":capacity"), proposed.capacity)
            .bind(QStringLiteral(":id"), proposed.id)
            .bind(QStringLiteral(":expected"), proposed.rowVersion);
        RecordChanges changes(current->name);
        changes.add(QStringLiteral("name"), current->name, proposed.name.trimmed());
        changes.add(QStringLiteral("capacity"), current->capacity, proposed.capacity);
        if (Status saved = changes.apply(m_db, update, QStringLiteral("facility_resource"),
                                         proposed.id, tr("facility resource"));
            !saved.ok())
            return saved.error();
        return findResource(proposed.id);
    });
}

Result<FacilityResource> FacilityRepository::retireResource(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<FacilityResource> {
        auto current = currentResource(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        Query retire(
            m_db, QStringLiteral(
                      "UPDATE facility_resources SET retired_at = :now, "
                      "row_version = row_version + 1 WHERE id = :id AND row_version = :expected"));
        retire.bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status saved = RecordChanges::retire(m_db, retire, QStringLiteral("facility_resource"),
                                                 id, current->name, tr("facility resource"));
            !saved.ok())
            return saved.error();
        return findResource(id);
    });
}

Status FacilityRepository::validatePool(const IpPool &pool) const
{
    if (Status filled = Required::text(pool.name, QStringLiteral("name"), tr("Pool name"));
        !filled.ok())
        return filled;
    if (Status valid = IpNetwork::validate(pool.cidr.trimmed()); !valid.ok())
        return valid;
    const IpNetwork network = *IpNetwork::parse(pool.cidr.trimmed());
    if (Status valid = PoolAddresses::checkGateway(pool.cidr, pool.gateway); !valid.ok())
        return valid;
    // Two pools in service sharing addresses would count them twice as free.
    auto others = pools();
    if (!others.ok())
        return others.error();
    for (const IpPool &other : *others) {
        const auto otherNetwork = IpNetwork::parse(other.cidr);
        if (other.id != pool.id && otherNetwork && overlaps(network, *otherNetwork))
            return Error{
                QStringLiteral("overlap"),
                tr("%1 overlaps the pool %2 (%3).").arg(network.toString(), other.name, other.cidr),
                QStringLiteral("cidr")};
    }
    return {};
}

Result<IpPool> FacilityRepository::createPool(const IpPool &pool)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        if (Status valid = validatePool(pool); !valid.ok())
            return valid.error();
        const IpPool tidy = canonical(pool);
        Query insert(
            m_db, QStringLiteral("INSERT INTO ip_pools (name, cidr, is_public, gateway, note) "
                                 "VALUES (:name, :cidr, :public, :gateway, :note) RETURNING id"));
        insert.bind(QStringLiteral(":name"), tidy.name)
            .bind(QStringLiteral(":cidr"), tidy.cidr)
            .bind(QStringLiteral(":public"), tidy.isPublic ? 1 : 0)
            .bindOptional(QStringLiteral(":gateway"), tidy.gateway)
            .bindOptional(QStringLiteral(":note"), tidy.note);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("ip_pool"), tidy.cidr,
                                              QStringLiteral("cidr"));
        if (!id.ok())
            return id.error();
        return findPool(*id);
    });
}

Result<IpPool> FacilityRepository::findPool(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM ip_pools WHERE id = :id").arg(kPoolColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(poolFrom, StoreErrors::notFound(tr("IP pool"), id));
}

Result<QList<IpPool>> FacilityRepository::pools(Listing listing) const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM ip_pools WHERE 1 = 1%2 ORDER BY id")
                           .arg(kPoolColumns, inService(listing)))
        .list(poolFrom);
}

Result<IpPool> FacilityRepository::updatePool(const IpPool &pool)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        auto current = currentPool(pool.id, pool.rowVersion);
        if (!current.ok())
            return current.error();
        if (Status valid = validatePool(pool); !valid.ok())
            return valid.error();
        const IpPool tidy = canonical(pool);
        auto holdings = HoldingRepository(m_db).ofPool(pool.id);
        if (!holdings.ok())
            return holdings.error();
        if (Status allowed = InUseLimits::poolChange(tidy, *holdings); !allowed.ok())
            return allowed.error();
        Query update(
            m_db,
            QStringLiteral("UPDATE ip_pools SET name = :name, cidr = :cidr, is_public = :public, "
                           "gateway = :gateway, note = :note, row_version = row_version + 1 "
                           "WHERE id = :id AND row_version = :expected"));
        update.bind(QStringLiteral(":name"), tidy.name)
            .bind(QStringLiteral(":cidr"), tidy.cidr)
            .bind(QStringLiteral(":public"), tidy.isPublic ? 1 : 0)
            .bindOptional(QStringLiteral(":gateway"), tidy.gateway)
            .bindOptional(QStringLiteral(":note"), tidy.note)
            .bind(QStringLiteral(":id"), tidy.id)
            .bind(QStringLiteral(":expected"), tidy.rowVersion);
        RecordChanges changes(current->cidr);
        changes.add(QStringLiteral("name"), current->name, tidy.name);
        changes.add(QStringLiteral("cidr"), current->cidr, tidy.cidr);
        changes.add(QStringLiteral("is_public"), current->isPublic, tidy.isPublic);
        changes.add(QStringLiteral("gateway"), current->gateway, tidy.gateway);
        changes.add(QStringLiteral("note"), current->note, tidy.note);
        if (Status saved =
                changes.apply(m_db, update, QStringLiteral("ip_pool"), tidy.id, tr("IP pool"));
            !saved.ok())
            return saved.error();
        return findPool(tidy.id);
    });
}

Result<IpPool> FacilityRepository::retirePool(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        auto current = currentPool(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        auto holdings = HoldingRepository(m_db).ofPool(id);
        if (!holdings.ok())
            return holdings.error();
        if (Status allowed = InUseLimits::poolRetirement(*current, *holdings); !allowed.ok())
            return allowed.error();
        Query retire(
            m_db,
            QStringLiteral("UPDATE ip_pools SET retired_at = :now, row_version = row_version + 1 "
                           "WHERE id = :id AND row_version = :expected"));
        retire.bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status saved = RecordChanges::retire(m_db, retire, QStringLiteral("ip_pool"), id,
                                                 current->cidr, tr("IP pool"));
            !saved.ok())
            return saved.error();
        return findPool(id);
    });
}

Result<FacilityResource> FacilityRepository::currentResource(qint64 id,
                                                             int expectedRowVersion) const
{
    auto current = findResource(id);
    if (!current.ok())
        return current;
    if (current->rowVersion != expectedRowVersion)
        return StoreErrors::stale(tr("facility resource"));
    if (current->isRetired())
        return StoreErrors::retired(tr("facility resource"), current->name);
    return current;
}

Result<IpPool> FacilityRepository::currentPool(qint64 id, int expectedRowVersion) const
{
    auto current = findPool(id);
    if (!current.ok())
        return current;
    if (current->rowVersion != expectedRowVersion)
        return StoreErrors::stale(tr("IP pool"));
    if (current->isRetired())
        return StoreErrors::retired(tr("IP pool"), current->name);
    return current;
}

} // namespace kolokasi
