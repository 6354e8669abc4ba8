#include "FacilityService.h"

#include "domain/InUseLimits.h"
#include "domain/PoolAddresses.h"
#include "store/Database.h"
#include "store/StoreErrors.h"
#include "validation/IpAddress.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QStringList kResourceKinds{QStringLiteral("ups"), QStringLiteral("genset"),
                                 QStringLiteral("bandwidth")};

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

Status FacilityService::checkResource(const FacilityResource &resource)
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

Result<FacilityResource> FacilityService::createResource(const FacilityResource &resource)
{
    if (Status valid = checkResource(resource); !valid.ok())
        return valid.error();
    return m_facility.createResource(resource);
}

Result<FacilityResource> FacilityService::updateResource(const FacilityResource &resource)
{
    return m_db.transaction([&]() -> Result<FacilityResource> {
        auto current = currentResource(resource.id, resource.rowVersion);
        if (!current.ok())
            return current.error();
        FacilityResource proposed = resource;
        proposed.kind = current->kind;
        if (Status valid = checkResource(proposed); !valid.ok())
            return valid.error();
        return m_facility.updateResource(proposed, *current);
    });
}

Result<FacilityResource> FacilityService::retireResource(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<FacilityResource> {
        auto current = currentResource(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        return m_facility.retireResource(*current);
    });
}

Status FacilityService::checkPool(const IpPool &pool) const
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

Result<IpPool> FacilityService::createPool(const IpPool &pool)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        if (Status valid = checkPool(pool); !valid.ok())
            return valid.error();
        return m_facility.createPool(canonical(pool));
    });
}

Result<IpPool> FacilityService::updatePool(const IpPool &pool)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        auto current = currentPool(pool.id, pool.rowVersion);
        if (!current.ok())
            return current.error();
        if (Status valid = checkPool(pool); !valid.ok())
            return valid.error();
        const IpPool tidy = canonical(pool);
        auto holdings = holdingsOfPool(pool.id);
        if (!holdings.ok())
            return holdings.error();
        if (Status allowed = InUseLimits::poolChange(tidy, *holdings); !allowed.ok())
            return allowed.error();
        return m_facility.updatePool(tidy, *current);
    });
}

Result<IpPool> FacilityService::retirePool(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<IpPool> {
        auto current = currentPool(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        auto holdings = holdingsOfPool(id);
        if (!holdings.ok())
            return holdings.error();
        if (Status allowed = InUseLimits::poolRetirement(*current, *holdings); !allowed.ok())
            return allowed.error();
        return m_facility.retirePool(*current);
    });
}

Result<FacilityResource> FacilityService::currentResource(qint64 id, int expectedRowVersion) const
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

Result<IpPool> FacilityService::currentPool(qint64 id, int expectedRowVersion) const
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
