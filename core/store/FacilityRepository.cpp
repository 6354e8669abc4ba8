#include "FacilityRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "RecordChanges.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
const QString kResourceColumns =
    QStringLiteral("id, kind, name, capacity, row_version, retired_at");
const QString kPoolColumns =
    QStringLiteral("id, name, cidr, is_public, gateway, note, row_version, retired_at");

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

} // namespace

Result<FacilityResource> FacilityRepository::createResource(const FacilityResource &resource)
{
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

Result<FacilityResource> FacilityRepository::updateResource(const FacilityResource &resource,
                                                            const FacilityResource &stored)
{
    return m_db.transaction([&]() -> Result<FacilityResource> {
        const FacilityResource *current = &stored;
        const FacilityResource &proposed = resource;
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

Result<FacilityResource> FacilityRepository::retireResource(const FacilityResource &stored)
{
    const qint64 id = stored.id;
    const int expectedRowVersion = stored.rowVersion;
    const FacilityResource *current = &stored;
    return m_db.transaction([&]() -> Result<FacilityResource> {
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

Result<IpPool> FacilityRepository::createPool(const IpPool &pool)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        const IpPool &tidy = pool;
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

Result<IpPool> FacilityRepository::updatePool(const IpPool &pool, const IpPool &stored)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        const IpPool *current = &stored;
        const IpPool &tidy = pool;
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

Result<IpPool> FacilityRepository::retirePool(const IpPool &stored)
{
    const qint64 id = stored.id;
    const int expectedRowVersion = stored.rowVersion;
    const IpPool *current = &stored;
    return m_db.transaction([&]() -> Result<IpPool> {
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

} // namespace kolokasi
