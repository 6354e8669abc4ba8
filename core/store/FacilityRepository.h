#pragma once

#include "common/Result.h"
#include "domain/Facility.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Facility budgets (UPS, genset, bandwidth) and IP address pools.
class FacilityRepository
{
    Q_DECLARE_TR_FUNCTIONS(FacilityRepository)

public:
    explicit FacilityRepository(Database &db) : m_db(db) {}

    /// Stores a UPS, genset or bandwidth budget.
    Result<FacilityResource> createResource(const FacilityResource &resource);
    Result<QList<FacilityResource>> resources() const;
    /// The summed capacity of one kind (ups, genset, bandwidth).
    Result<double> totalCapacity(const QString &kind) const;

    /// Stores an address pool; the CIDR must be a valid network.
    Result<IpPool> createPool(const IpPool &pool);
    Result<QList<IpPool>> pools() const;

private:
    Database &m_db;
};

} // namespace kolokasi
