#include "ServerRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"

namespace kolokasi {

namespace {
const QString kColumns = QStringLiteral("id, request_id, position, name, rack_units, power_w, row_version");

Server serverFrom(const Query &q)
{
    Server server;
    server.id = q.value(0).toLongLong();
    server.requestId = q.value(1).toLongLong();
    server.position = q.value(2).toInt();
    server.name = q.value(3).toString();
    server.rackUnits = q.value(4).toInt();
    server.powerW = q.value(5).toInt();
    server.rowVersion = q.value(6).toInt();
    return server;
}

std::pair<QString, ServerSpec> specFrom(const Query &q)
{
    return {q.value(0).toString(),
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
             q.value(5).toString(), q.value(6).toString()}};
}
} // namespace

Result<Server> ServerRepository::create(const Server &server)
{
    Query insert(m_db, QStringLiteral("INSERT INTO servers (request_id, position, name, rack_units, power_w) "
                                      "VALUES (:request_id, :position, :name, :rack_units, :power_w) RETURNING id"));
    insert.bind(QStringLiteral(":request_id"), server.requestId)
            .bind(QStringLiteral(":position"), server.position)
            .bind(QStringLiteral(":name"), server.name.trimmed())
            .bind(QStringLiteral(":rack_units"), server.rackUnits)
            .bind(QStringLiteral(":power_w"), server.powerW);
    auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("server"), server.name, QStringLiteral("servers"));
    if (!id.ok())
        return id.error();
    if (Status saved = saveSpec(*id, QStringLiteral("requested"), server.requested); !saved.ok())
        return saved.error();
    return find(*id);
}

Result<Server> ServerRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM servers WHERE id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    auto server = query.one(serverFrom, StoreErrors::notFound(tr("server"), id));
    if (!server.ok())
        return server;
    if (Status loaded = loadSpecs(server.value()); !loaded.ok())
        return loaded.error();
    return server;
}

Result<QList<Server>> ServerRepository::serversOf(qint64 requestId) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM servers WHERE request_id = :id ORDER BY position").arg(kColumns));
    query.bind(QStringLiteral(":id"), requestId);
    auto servers = query.list(serverFrom);
    if (!servers.ok())
        return servers;
    for (Server &server : servers.value()) {
        if (Status loaded = loadSpecs(server); !loaded.ok())
            return loaded.error();
    }
    return servers;
}

Status ServerRepository::saveDeliveredSpec(qint64 serverId, const ServerSpec &spec)
{
    return saveSpec(serverId, QStringLiteral("delivered"), spec);
}

Status ServerRepository::saveSpec(qint64 serverId, const QString &kind, const ServerSpec &spec)
{
    Query insert(m_db, QStringLiteral(
            "INSERT INTO server_specs (server_id, kind, processor, ram, motherboard, storage, psu, mismatch_note) "
            "VALUES (:server_id, :kind, :processor, :ram, :motherboard, :storage, :psu, :note) RETURNING id"));
    insert.bind(QStringLiteral(":server_id"), serverId)
            .bind(QStringLiteral(":kind"), kind)
            .bindOptional(QStringLiteral(":processor"), spec.processor)
            .bindOptional(QStringLiteral(":ram"), spec.ram)
            .bindOptional(QStringLiteral(":motherboard"), spec.motherboard)
            .bindOptional(QStringLiteral(":storage"), spec.storage)
            .bindOptional(QStringLiteral(":psu"), spec.psu)
            .bindOptional(QStringLiteral(":note"), spec.mismatchNote);
    auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("server_spec"), kind);
    if (!id.ok())
        return id.error();
    return {};
}

Status ServerRepository::loadSpecs(Server &server) const
{
    Query query(m_db, QStringLiteral("SELECT kind, processor, ram, motherboard, storage, psu, mismatch_note "
                                     "FROM server_specs WHERE server_id = :id"));
    query.bind(QStringLiteral(":id"), server.id);
    auto specs = query.list(specFrom);
    if (!specs.ok())
        return specs.error();
    for (const auto &[kind, spec] : *specs) {
        if (kind == QLatin1String("requested"))
            server.requested = spec;
        else
            server.delivered = spec;
    }
    return {};
}

} // namespace kolokasi
