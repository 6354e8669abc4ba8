#pragma once

#include "common/Result.h"
#include "store/InitialSetup.h"

namespace kolokasi {

class Database;

/// The first-run guide's write: InitialSetup's records in one transaction, the first unit
/// checked by MasterData's rules like any other unit.
class SetupService
{
public:
    explicit SetupService(Database &db) : m_db(db) {}

    /// Stores everything; refused with not_empty on a database that already holds data.
    Status write(const InitialSetupData &data);

private:
    Database &m_db;
};

} // namespace kolokasi
