#pragma once

#include "common/Result.h"
#include "store/InitialSetup.h"

namespace kolokasi {

class Database;

/// The first-run guide's write: after InitialSetup's checks, its records through the services
/// (so each is checked by its own rules) in one transaction: everything is stored, or nothing
/// (a refusal half-way leaves the database empty, and the guide comes again at the next start).
class SetupService
{
public:
    explicit SetupService(Database &db) : m_db(db) {}

    /// Stores everything; refused with not_empty on a database that already holds data.
    Status write(const InitialSetupData &data);

private:
    Status writeAgency(const InitialSetupData &data);
    Status writeDataCentre(const InitialSetupData &data);
    Status writeFacilities(const InitialSetupData &data);

    Database &m_db;
};

} // namespace kolokasi
