#include "FacilityRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "validation/IpAddress.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
FacilityResource resourceFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble()};
}

IpPool poolFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() == 1};
}
} // namespace

Result<FacilityResource> FacilityRepository::createResource(const FacilityResource &resource)
{
    if (Status filled = Required::text(resource.name, QStringLiteral("name"), tr("Name")); !filled.ok())
        return filled.error();
    if (resource.capacity < 0)
        return Error{QStringLiteral("invalid_value"), tr("A capacity cannot be negative."), QStringLiteral("capacity")};
    return m_db.transaction([&]() -> Result<FacilityResource> {
        Query insert(m_db, QStringLiteral("INSERT INTO facility_resources (kind, name, capacity) "
                                          "VALUES (:kind, :name, :capacity) RETURNING id"));
        insert.bind(QStringLiteral(":kind"), resource.kind)
                .bind(QStringLiteral(":name"), resource.name.trimmed())
                .bind(QStringLiteral(":capacity"), resource.capacity);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("facility_resource"), resource.name,
                                              QStringLiteral("kind"));
        if (!id.ok())
            return id.error();
        FacilityResource created = resource;
        created.id = *id;
        return created;
    });
}

Result<QList<FacilityResource>> FacilityRepository::resources() const
{
    return Query(m_db, QStringLiteral("SELECT id, kind, name, capacity FROM facility_resources ORDER BY kind, name"))
            .list(resourceFrom);
}

Result<double> FacilityRepository::totalCapacity(const QString &kind) const
{
    Query query(m_db, QStringLiteral("SELECT COALESCE(SUM(capacity), 0) FROM facility_resources WHERE kind = :kind"));
    auto total = query.bind(QStringLiteral(":kind"), kind).scalar();
    if (!total.ok())
        return total.error();
    return total->toDouble();
}

Result<IpPool> FacilityRepository::createPool(const IpPool &pool)
{
    if (Status valid = IpNetwork::validate(pool.cidr); !valid.ok())
        return valid.error();
    const QString cidr = IpNetwork::parse(pool.cidr)->toString();
    return m_db.transaction([&]() -> Result<IpPool> {
        Query insert(m_db, QStringLiteral("INSERT INTO ip_pools (name, cidr, is_public) VALUES (:name, :cidr, :public) "
                                          "RETURNING id"));
        insert.bind(QStringLiteral(":name"), pool.name.trimmed())
                .bind(QStringLiteral(":cidr"), cidr)
                .bind(QStringLiteral(":public"), pool.isPublic ? 1 : 0);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("ip_pool"), cidr, QStringLiteral("cidr"));
        if (!id.ok())
            return id.error();
        return IpPool{*id, pool.name.trimmed(), cidr, pool.isPublic};
    });
}

Result<QList<IpPool>> FacilityRepository::pools() const
{
    return Query(m_db, QStringLiteral("SELECT id, name, cidr, is_public FROM ip_pools ORDER BY id")).list(poolFrom);
}

} // namespace kolokasi
