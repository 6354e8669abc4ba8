#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace kolokasi {

class Database;

/// Whether a database already holds the data centre's data, and filling a new one (for
/// commands that only fill a new database, like `demo`).
class DatabaseContents
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseContents)

public:
    explicit DatabaseContents(Database &db) : m_db(db) {}

    /// True if any table other than the schema's own version list holds a row.
    Result<bool> holdsData() const;

    /// Runs `fill` in one transaction on a database that holds no data: all of it is stored
    /// or none (a kill half-way leaves the database empty). Two fillers started at once wait
    /// for each other, and the second finds the database no longer empty (code not_empty).
    Status fillIfEmpty(const std::function<Status()> &fill);
    /// The refusal of a filler at a database that already holds data (code not_empty).
    static Error notEmpty(const QString &databaseName);

private:
    Database &m_db;
};

} // namespace kolokasi
