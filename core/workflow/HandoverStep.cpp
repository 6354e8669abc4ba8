#include "HandoverStep.h"

#include "RequestTransition.h"
#include "SpecComparison.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/StepRepository.h"
#include "store/UnitRepository.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "validation/Required.h"

#include <algorithm>

namespace kolokasi {

Status HandoverStep::handOver(qint64 requestId, const Handover &handover)
{
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, SopStep::Handover);
        if (!request.ok())
            return request.error();
        if (Status approved = checkApproval(*request); !approved.ok())
            return approved;
        auto servers = ServerRepository(m_db).serversOf(requestId);
        if (!servers.ok())
            return servers.error();
        if (const QList<Error> specs = specProblems(*servers, handover.servers); !specs.isEmpty())
            return specs.first();
        Handover stored = handover;
        stored.requestId = requestId;
        fillDefaults(*request, stored);
        if (const QList<Error> people = personProblems(stored); !people.isEmpty())
            return people.first();
        stored.giverNip = Nip::normalized(stored.giverNip);
        stored.receiverNip = Nip::normalized(stored.receiverNip);
        if (Status saved = StepRepository(m_db).saveHandover(stored); !saved.ok())
            return saved;
        if (Status specs = saveDeliveredSpecs(*servers, handover.servers); !specs.ok())
            return specs;
        if (Status placed = PlacementRepository(m_db).activateRequest(requestId); !placed.ok())
            return placed;
        if (Status registered = registerAssets(*request, stored); !registered.ok())
            return registered;
        return transition.advance(*request, SopStep::Handover, stored.giverName);
    });
}

Status HandoverStep::saveDeliveredSpecs(const QList<Server> &servers, const QList<DeliveredServer> &delivered)
{
    // Only the request's own servers: an entry for another server is ignored, never stored.
    for (const Server &server : servers) {
        const auto found = std::find_if(delivered.cbegin(), delivered.cend(),
                                        [&](const DeliveredServer &d) { return d.serverId == server.id; });
        if (Status saved = ServerRepository(m_db).saveDeliveredSpec(server.id, found->spec); !saved.ok())
            return saved;
    }
    return {};
}

QList<Error> HandoverStep::problems(qint64 requestId, const Handover &handover) const
{
    auto request = RequestRepository(m_db).find(requestId);
    auto servers = ServerRepository(m_db).serversOf(requestId);
    if (!request.ok() || !servers.ok())
        return {!request.ok() ? request.error() : servers.error()};
    Problems found;
    found.add(checkApproval(*request));
    found.add(specProblems(*servers, handover.servers));
    Handover filled = handover;
    fillDefaults(*request, filled);
    found.add(personProblems(filled));
    return found.list();
}

QList<Error> HandoverStep::specProblems(const QList<Server> &servers,
                                        const QList<DeliveredServer> &delivered)
{
    Problems found;
    for (const Server &server : servers) {
        const auto match =
            std::find_if(delivered.cbegin(), delivered.cend(),
                         [&](const DeliveredServer &d) { return d.serverId == server.id; });
        if (match == delivered.cend()) {
            found.add(Error{QStringLiteral("required"),
                            tr("Enter the delivered spec of server %1.").arg(server.name),
                            FormField::ofServer(server.position)});
            continue;
        }
        if (!match->spec.mismatchNote.trimmed().isEmpty())
            continue;
        for (const SpecDifference &difference :
             SpecComparison::differences(server.requested, match->spec))
            found.add(Error{
                QStringLiteral("spec_mismatch"),
                tr("Server %1: %2 differs from the request (requested \"%3\", delivered \"%4\"). "
                   "Accept the difference with a note or the handover cannot be signed.")
                    .arg(server.name, fieldLabel(difference.field), difference.requested,
                         difference.delivered),
                FormField::ofServer(server.position, difference.field)});
    }
    return found.list();
}

QString HandoverStep::fieldLabel(const QString &field)
{
    const QStringList labels{tr("processor"), tr("RAM"), tr("motherboard"), tr("storage"), tr("PSU")};
    const qsizetype index = ServerSpec::fieldNames().indexOf(field);
    return index < 0 ? field : labels[index];
}

Status HandoverStep::checkApproval(const Request &request) const
{
    auto approval = StepRepository(m_db).approval(request.id);
    if (!approval.ok() || !approval->approved)
        return Error{QStringLiteral("approval_missing"), tr("A handover needs an approval of the request."),
                     QStringLiteral("approval")};
    return {};
}

void HandoverStep::fillDefaults(const Request &request, Handover &handover) const
{
    if (handover.giverName.trimmed().isEmpty()) {
        auto application = StepRepository(m_db).application(request.id);
        auto officer = application.ok() ? UnitRepository(m_db).findOfficer(application->officerId)
                                        : Result<Officer>(application.error());
        if (officer.ok()) {
            handover.giverName = officer->name;
            handover.giverNip = officer->nip;
        }
    }
    if (handover.receiverName.trimmed().isEmpty()) {
        // The receiving officer from settings receives, unless the form names someone.
        auto officer = SettingsRepository(m_db).handoverReceiver();
        if (officer.ok()) {
            handover.receiverName = officer->name;
            handover.receiverNip = officer->nip;
        }
    }
}

QList<Error> HandoverStep::personProblems(const Handover &handover)
{
    Problems found;
    found.add(Required::text(handover.giverName, FormField::kGiverName, tr("Handed over by")));
    if (!handover.giverNip.trimmed().isEmpty())
        found.add(EmployeeNumber::validateEitherKind(handover.giverNip, FormField::kGiverNip));
    found.add(Required::text(handover.receiverName, FormField::kReceiverName, tr("Received by")));
    if (!handover.receiverNip.trimmed().isEmpty())
        found.add(
            EmployeeNumber::validateEitherKind(handover.receiverNip, FormField::kReceiverNip));
    return found.list();
}

Status HandoverStep::registerAssets(const Request &request, const Handover &handover)
{
    auto application = StepRepository(m_db).application(request.id);
    if (!application.ok())
        return application.error();
    auto placements = PlacementRepository(m_db).ofRequest(request.id);
    if (!placements.ok())
        return placements.error();
    const QDateTime at = handover.handedOverAt.isValid() ? handover.handedOverAt : m_db.clock().now();
    for (const Placement &placement : *placements) {
        if (placement.status != PlacementStatus::Active)
            continue;
        Asset asset;
        asset.placementId = placement.id;
        asset.requestId = request.id;
        asset.unitId = request.unitId;
        asset.officerId = application->officerId;
        asset.serviceType = request.serviceType;
        asset.installedOn = at.date();
        asset.permanent = application->permanent;
        asset.validUntil = application->validUntil;
        if (auto stored = AssetRepository(m_db).create(asset); !stored.ok())
            return stored.error();
    }
    return {};
}

} // namespace kolokasi
