#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// Tries a PostgreSQL location on a connection of its own (the database in use is not
/// touched) and says in one sentence why it cannot be used: no server answering, the user or
/// password refused, no such database, the SSL mode refused.
class ConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTest)

public:
    /// Success if the server accepted the connection; else the reason, for the field concerned
    /// (host, password, database, sslmode).
    static Status run(const DatabaseLocation &location);
    /// The reason for a driver's error text when connecting to `location`.
    static Error reasonFor(const QString &driverText, const DatabaseLocation &location);
};

} // namespace kolokasi
