#include "ApprovalStep.h"

#include "ApplicationStep.h"
#include "RequestTransition.h"
#include "capacity/CapacityCalculator.h"
#include "capacity/PlacementRules.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "store/StepRepository.h"
#include "validation/DomainName.h"
#include "validation/Required.h"

#include <algorithm>

namespace kolokasi {

Status ApprovalStep::decide(qint64 requestId, const Approval &approval)
{
    if (Status filled = Required::text(approval.reasons, FormField::kReasons, tr("Considerations"),
                                 TextInput::Lines::Multi);
        !filled.ok())
        return filled;
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expectReadyFor(requestId, SopStep::Approval);
        if (!request.ok())
            return request.error();
        Approval stored = approval;
        stored.requestId = requestId;
        if (!approval.approved) {
            if (Status saved = StepRepository(m_db).saveApproval(stored); !saved.ok())
                return saved;
            return transition.close(*request, SopStep::Approval, RequestStatus::ClosedRejected,
                                    QStringLiteral("reject"), approval.reasons.trimmed());
        }
        if (Status approved = approve(*request, stored); !approved.ok())
            return approved;
        return transition.advance(*request, SopStep::Approval, approval.location);
    });
}

Status ApprovalStep::approve(const Request &request, const Approval &approval)
{
    if (Status complete = ApplicationStep(m_db).checkComplete(request); !complete.ok())
        return complete;
    if (Status locked = PlacementRepository(m_db).lockForChanges(); !locked.ok())
        return locked;
    auto servers = ServerRepository(m_db).serversOf(request.id);
    if (!servers.ok())
        return servers.error();
    // The proposal as it stood before this approval: a block that differs from it needs a note.
    auto proposal = CapacityCalculator(m_db).propose(request, *servers);
    if (!proposal.ok())
        return proposal.error();
    if (Status saved = StepRepository(m_db).saveApproval(approval); !saved.ok())
        return saved;
    for (const Server &server : *servers) {
        if (Status reserved = reserve(request, server, approval.blocks, proposal->blocks); !reserved.ok())
            return reserved;
    }
    return {};
}

Status ApprovalStep::reserve(const Request &request, const Server &server, const QList<PlacementBlock> &blocks,
                             const QList<PlacementBlock> &proposed)
{
    const PlacementBlock *block = blockFor(server, blocks);
    if (!block)
        return missingBlock(server);
    auto addresses = PlacementRules(m_db).check(*block, server, request.serviceType);
    if (!addresses.ok())
        return addresses.error();
    if (Status followed = checkOverride(*block, server, proposed); !followed.ok())
        return followed;
    Placement placement;
    placement.serverId = server.id;
    placement.nocId = block->nocId;
    placement.rackId = block->rackId;
    placement.firstU = block->firstU;
    placement.heightU = block->rackId > 0 ? qMax(1, server.rackUnits) : 0;
    placement.locationNote = block->locationNote;
    placement.domain = block->domain.trimmed().isEmpty() ? QString() : DomainName::normalized(block->domain);
    placement.serialNumber = block->serialNumber.trimmed();
    placement.typeBrand = block->typeBrand;
    placement.hostAdminUser = block->hostAdminUser;
    placement.overrideNote = block->overrideNote;
    auto stored = PlacementRepository(m_db).create(placement, *addresses);
    if (!stored.ok())
        return stored.error();
    return {};
}

Status ApprovalStep::checkOverride(const PlacementBlock &block, const Server &server,
                                   const QList<PlacementBlock> &proposed) const
{
    const auto proposal = std::find_if(proposed.cbegin(), proposed.cend(),
                                       [&](const PlacementBlock &b) { return b.serverId == server.id; });
    const bool same = proposal != proposed.cend() && proposal->rackId == block.rackId
            && (block.rackId == 0 || proposal->firstU == block.firstU);
    if (same || !block.overrideNote.trimmed().isEmpty())
        return {};
    const QString suggested = proposal != proposed.cend() && !proposal->locationNote.isEmpty()
            ? proposal->locationNote
            : tr("no room found");
    return Error{QStringLiteral("override_note_required"),
                 tr("Server %1: the placement differs from the proposal (%2). Write a note why.")
                     .arg(server.name, suggested),
                 FormField::ofServer(server.position, FormField::kOverrideNote)};
}

QList<Error> ApprovalStep::problems(qint64 requestId, const Approval &approval) const
{
    Problems found;
    found.add(Required::text(approval.reasons, FormField::kReasons, tr("Considerations"),
                                 TextInput::Lines::Multi));
    if (!approval.approved)
        return found.list();
    auto request = RequestRepository(m_db).find(requestId);
    auto servers = ServerRepository(m_db).serversOf(requestId);
    if (!request.ok() || !servers.ok()) {
        found.add(!request.ok() ? request.error() : servers.error());
        return found.list();
    }
    found.add(ApplicationStep(m_db).checkComplete(*request));
    auto proposal = CapacityCalculator(m_db).propose(*request, *servers);
    if (!proposal.ok()) {
        found.add(proposal.error());
        return found.list();
    }
    const PlacementRules rules(m_db);
    for (const Server &server : *servers) {
        const PlacementBlock *block = blockFor(server, approval.blocks);
        if (!block) {
            found.add(missingBlock(server));
            continue;
        }
        found.add(rules.problems(*block, server, request->serviceType));
        found.add(checkOverride(*block, server, proposal->blocks));
    }
    return found.list();
}

const PlacementBlock *ApprovalStep::blockFor(const Server &server,
                                             const QList<PlacementBlock> &blocks)
{
    const auto block = std::find_if(blocks.cbegin(), blocks.cend(), [&](const PlacementBlock &b) {
        return b.serverId == server.id;
    });
    return block == blocks.cend() ? nullptr : &*block;
}

Error ApprovalStep::missingBlock(const Server &server) const
{
    return Error{QStringLiteral("placement_missing"),
                 tr("Server %1 has no placement (NOC, location) on the approval.").arg(server.name),
                 FormField::ofServer(server.position)};
}

} // namespace kolokasi
