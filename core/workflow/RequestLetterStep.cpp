#include "RequestLetterStep.h"

#include "store/Database.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Result<Request> RequestLetterStep::registerLetter(const RequestLetter &letter)
{
    if (Status valid = validate(letter); !valid.ok())
        return valid.error();
    Request request = letter.request;
    request.kind = RequestKind::Placement;
    request.needs = needsOf(letter);
    return m_db.transaction([&]() -> Result<Request> {
        auto created = RequestRepository(m_db).create(request);
        if (!created.ok())
            return created;
        int position = 0;
        for (Server server : letter.servers) {
            server.requestId = created->id;
            server.position = ++position;
            if (auto stored = ServerRepository(m_db).create(server); !stored.ok())
                return stored.error();
        }
        return created;
    });
}

Status RequestLetterStep::validate(const RequestLetter &letter) const
{
    if (letter.servers.isEmpty())
        return Error{QStringLiteral("required"), tr("A request names at least one server."), QStringLiteral("servers")};
    for (qsizetype i = 0; i < letter.servers.size(); ++i) {
        const Server &server = letter.servers[i];
        const QString field = QStringLiteral("servers.%1").arg(i + 1);
        if (Status named = Required::text(server.name, field + QStringLiteral(".name"), tr("Server name")); !named.ok())
            return named;
        if (server.rackUnits < 0 || server.powerW < 0)
            return Error{QStringLiteral("invalid_value"), tr("Server %1: rack units and power cannot be negative.")
                                                                  .arg(server.name), field};
        if (letter.request.serviceType == ServiceType::Colocation && server.rackUnits < 1)
            return Error{QStringLiteral("invalid_value"), tr("Server %1: a co-located server takes at least 1 U.")
                                                                  .arg(server.name), field + QStringLiteral(".rack_units")};
    }
    return {};
}

ResourceNeeds RequestLetterStep::needsOf(const RequestLetter &letter)
{
    ResourceNeeds needs = letter.request.needs;
    int units = 0;
    int power = 0;
    for (const Server &server : letter.servers) {
        units += server.rackUnits;
        power += server.powerW;
    }
    if (needs.rackUnits == 0)
        needs.rackUnits = units;
    if (needs.powerW == 0)
        needs.powerW = power;
    return needs;
}

} // namespace kolokasi
