#pragma once

#include "common/Result.h"
#include "domain/Facility.h"
#include "store/FacilityRepository.h"
#include "store/HoldingRepository.h"
#include "store/Listing.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Facility budgets (UPS, genset, bandwidth) and IP address pools and their rules: a known kind,
/// a name, no negative capacity, a valid network not overlapping a pool in service with its
/// gateway inside it, nothing below what is in use (InUseLimits), no edit of a retired record
/// or over another admin's newer change. Screens and commands use this, never the repository.
class FacilityService
{
    // The messages keep the translation context they had in the repository.
    Q_DECLARE_TR_FUNCTIONS(FacilityRepository)

public:
    explicit FacilityService(Database &db) : m_db(db), m_facility(db) {}

    /// Stores a UPS, genset or bandwidth budget.
    Result<FacilityResource> createResource(const FacilityResource &resource);
    Result<FacilityResource> findResource(qint64 id) const { return m_facility.findResource(id); }
    Result<QList<FacilityResource>> resources(Listing listing = Listing::InService) const
    {
        return m_facility.resources(listing);
    }
    /// The summed capacity of one kind (ups, genset, bandwidth) in service.
    Result<double> totalCapacity(const QString &kind) const
    {
        return m_facility.totalCapacity(kind);
    }
    /// Changes name and capacity (the kind stays), if `resource.rowVersion` is still current.
    Result<FacilityResource> updateResource(const FacilityResource &resource);
    /// Takes a budget out of service: capacity planning no longer counts it.
    Result<FacilityResource> retireResource(qint64 id, int expectedRowVersion);

    /// Stores an address pool: a valid network not overlapping a pool in service, the
    /// gateway (optional) inside it.
    Result<IpPool> createPool(const IpPool &pool);
    /// Any pool, retired too.
    Result<IpPool> findPool(qint64 id) const { return m_facility.findPool(id); }
    Result<QList<IpPool>> pools(Listing listing = Listing::InService) const
    {
        return m_facility.pools(listing);
    }
    /// Changes name, network, gateway, public flag and note, if `pool.rowVersion` is still
    /// current; an address in use never falls outside it (InUseLimits).
    Result<IpPool> updatePool(const IpPool &pool);
    /// Takes a pool out of service; refused while its addresses are in use.
    Result<IpPool> retirePool(qint64 id, int expectedRowVersion);
    /// The addresses of the pool that requests hold.
    Result<QList<Holding>> holdingsOfPool(qint64 poolId) const
    {
        return HoldingRepository(m_db).ofPool(poolId);
    }

private:
    static Status checkResource(const FacilityResource &resource);
    Status checkPool(const IpPool &pool) const;
    Result<FacilityResource> currentResource(qint64 id, int expectedRowVersion) const;
    Result<IpPool> currentPool(qint64 id, int expectedRowVersion) const;

    Database &m_db;
    FacilityRepository m_facility;
};

} // namespace kolokasi
