#pragma once

#include "common/Result.h"

namespace kolokasi {

class Database;

/// Whether a database already holds the data centre's data (for commands that only fill a
/// new one, like `demo`).
class DatabaseContents
{
public:
    explicit DatabaseContents(Database &db) : m_db(db) {}

    /// True if any unit, NOC, rack, pool, facility budget or request is stored.
    Result<bool> holdsData() const;

private:
    Database &m_db;
};

} // namespace kolokasi
