#pragma once

#include "common/Result.h"
#include "domain/Server.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The servers of a request with their requested and delivered specs.
class ServerRepository
{
    Q_DECLARE_TR_FUNCTIONS(ServerRepository)

public:
    explicit ServerRepository(Database &db) : m_db(db) {}

    /// Stores a server of a request with its requested spec.
    Result<Server> create(const Server &server);
    Result<Server> find(qint64 id) const;
    /// The servers of one request by position.
    Result<QList<Server>> serversOf(qint64 requestId) const;
    /// Stores the spec found at handover (with its accepted-difference note).
    Status saveDeliveredSpec(qint64 serverId, const ServerSpec &spec);

private:
    Status saveSpec(qint64 serverId, const QString &kind, const ServerSpec &spec);
    Status loadSpecs(Server &server) const;

    Database &m_db;
};

} // namespace kolokasi
