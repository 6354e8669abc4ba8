#pragma once

#include "Listing.h"
#include "common/Result.h"
#include "domain/Facility.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The rows of facility budgets (UPS, genset, bandwidth) and IP address pools; their rules are
/// FacilityService's. Written with optimistic locking (RecordChanges: a stale row_version is
/// refused, never overwritten) and retired, never deleted.
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
    /// Writes name and capacity of `resource` (the kind stays) over `stored` (the row as read,
    /// for the audit), refused as stale if `resource.rowVersion` is no longer current.
    Result<FacilityResource> updateResource(const FacilityResource &resource,
                                            const FacilityResource &stored);
    /// Marks `stored` retired, refused as stale if its row version is no longer current.
    Result<FacilityResource> retireResource(const FacilityResource &stored);

    /// Stores an address pool as given (FacilityService checks and tidies it first).
    Result<IpPool> createPool(const IpPool &pool);
    /// Any pool, retired too.
    Result<IpPool> findPool(qint64 id) const;
    Result<QList<IpPool>> pools(Listing listing = Listing::InService) const;
    /// Writes name, network, gateway, public flag and note of `pool` over `stored` (as
    /// updateResource()).
    Result<IpPool> updatePool(const IpPool &pool, const IpPool &stored);
    /// Marks `stored` retired (as retireResource()).
    Result<IpPool> retirePool(const IpPool &stored);

private:

    Database &m_db;
};

} // namespace kolokasi
