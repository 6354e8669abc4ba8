#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kolokasi {

class Database;

/// How one connection learns that others changed the database. PostgreSQL: NOTIFY on one
/// channel with a short payload ("request:<id>", "placement", "settings"), received through
/// the QPSQL driver's notifications. SQLite: PRAGMA data_version, which changes when another
/// connection commits.
class ChangeChannel
{
    Q_DECLARE_TR_FUNCTIONS(ChangeChannel)

public:
    /// The PostgreSQL channel name.
    static QString channelName();

    explicit ChangeChannel(Database &db) : m_db(db) {}

    /// Tells the other connections about a change (PostgreSQL; nothing on SQLite). Sent at
    /// once outside a transaction, at commit inside one.
    Status publish(const QString &payload);
    /// Starts receiving the channel's notifications on this connection's driver (PostgreSQL).
    Status subscribe();
    /// SQLite's data_version of this connection: a different value than before means another
    /// connection committed meanwhile. 0 on PostgreSQL.
    Result<qint64> dataVersion() const;

private:
    Database &m_db;
};

} // namespace kolokasi
