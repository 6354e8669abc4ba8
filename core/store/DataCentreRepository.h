#pragma once

#include "common/Result.h"
#include "domain/Noc.h"
#include "domain/Rack.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The rooms (NOC) and racks of the data centre.
class DataCentreRepository
{
    Q_DECLARE_TR_FUNCTIONS(DataCentreRepository)

public:
    explicit DataCentreRepository(Database &db) : m_db(db) {}

    /// Stores a new NOC; names are unique.
    Result<Noc> createNoc(const Noc &noc);
    Result<Noc> findNoc(qint64 id) const;
    Result<QList<Noc>> nocs() const;

    /// Stores a new rack in an existing NOC; names are unique within a NOC.
    Result<Rack> createRack(const Rack &rack);
    Result<Rack> findRack(qint64 id) const;
    Result<QList<Rack>> racksOf(qint64 nocId) const;
    /// Every rack of every NOC, by NOC and name.
    Result<QList<Rack>> allRacks() const;

private:
    Database &m_db;
};

} // namespace kolokasi
