#include "RequestLetterStep.h"

#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Result<Request> RequestLetterStep::registerLetter(const RequestLetter &letter)
{
    if (const QList<Error> found = problems(letter); !found.isEmpty())
        return found.first();
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

QList<Error> RequestLetterStep::problems(const RequestLetter &letter) const
{
    Problems found;
    if (letter.servers.isEmpty())
        found.add(Error{QStringLiteral("required"), tr("A request names at least one server."),
                        FormField::kServers});
    for (qsizetype i = 0; i < letter.servers.size(); ++i) {
        const Server &server = letter.servers[i];
        const int position = static_cast<int>(i + 1);
        found.add(Required::text(server.name, FormField::ofServer(position, FormField::kServerName),
                                 tr("Server name")));
        if (server.rackUnits < 0)
            found.add(Error{QStringLiteral("invalid_value"),
                            tr("Server %1: rack units cannot be negative.").arg(server.name),
                            FormField::ofServer(position, FormField::kRackUnits)});
        else if (letter.request.serviceType == ServiceType::Colocation && server.rackUnits < 1)
            found.add(
                Error{QStringLiteral("invalid_value"),
                      tr("Server %1: a co-located server takes at least 1 U.").arg(server.name),
                      FormField::ofServer(position, FormField::kRackUnits)});
        if (server.powerW < 0)
            found.add(Error{QStringLiteral("invalid_value"),
                            tr("Server %1: power cannot be negative.").arg(server.name),
                            FormField::ofServer(position, FormField::kPowerW)});
    }
    found.add(Required::reference(letter.request.unitId, FormField::kUnit, tr("unit")));
    found.add(Required::text(letter.request.subject, FormField::kSubject, tr("Subject")));
    return found.list();
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
