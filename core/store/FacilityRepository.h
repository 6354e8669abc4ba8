#pragma once

#include "Listing.h"
#include "common/Result.h"
#include "domain/Facility.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Facility budgets (UPS, genset, bandwidth) and IP address pools. Edited with optimistic
/// locking (a stale row_version is refused, never overwritten) and retired, never deleted.
class FacilityRepository
{
    Q_DECLARE_TR_FUNCTIONS(FacilityRepository)

public:
    explicit FacilityRepository(Database &db) : m_db(db) {}

    /// Stores a UPS, genset or bandwidth budget.
    Result<FacilityResource> createResource(const FacilityResource &resource);
    Result<FacilityResource> findResource(qint64 id) const;
    Result<QList<FacilityResource>> resources(Listing listing = Listing::InService) const;
    /// The summed capacity of one kind (ups, genset, bandwidth) in service.
    Result<double> totalCapacity(const QString &kind) const;
    /// Changes name and capacity (the kind stays), if `resource.rowVersion` is still current.
    Result<FacilityResource> updateResource(const FacilityResource &resource);
    /// Takes a budget out of service: capacity planning no longer counts it.
    Result<FacilityResource> retireResource(qint64 id, int expectedRowVersion);

    /// Stores an address pool: a valid network not overlapping a pool in service, the
    /// gateway (optional) inside it.
    Result<IpPool> createPool(const IpPool &pool);
    /// Any pool, retired too.
    Result<IpPool> findPool(qint64 id) const;
    Result<QList<IpPool>> pools(Listing listing = Listing::InService) const;
    /// Changes name, network, gateway, public flag and note, if `pool.rowVersion` is still
    /// current; an address in use never falls outside it (InUseLimits).
    Result<IpPool> updatePool(const IpPool &pool);
    /// Takes a pool out of service; refused while its addresses are in use.
    Result<IpPool> retirePool(qint64 id, int expectedRowVersion);

private:
    Status validateResource(const FacilityResource &resource) const;
    Status validatePool(const IpPool &pool) const;
    Result<FacilityResource> currentResource(qint64 id, int expectedRowVersion) const;
    Result<IpPool> currentPool(qint64 id, int expectedRowVersion) const;

    Database &m_db;
};

} // namespace kolokasi
