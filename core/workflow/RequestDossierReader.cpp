#include "RequestDossierReader.h"

#include "store/AssetRepository.h"
#include "store/DataCentreRepository.h"
#include "store/PlacementRepository.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"
#include "store/StepRepository.h"
#include "store/UnitRepository.h"
#include "store/WithdrawalRepository.h"

namespace kolokasi {

namespace {
// A step's record if it was stored; "not found" just means the step was not done yet.
template<typename T>
Status optionalRecord(Result<T> result, std::optional<T> &target)
{
    if (result.ok())
        target = std::move(result).value();
    else if (result.error().code != QLatin1String("not_found"))
        return result.error();
    return {};
}
} // namespace

Result<RequestDossier> RequestDossierReader::read(qint64 id) const
{
    RequestDossier dossier;
    auto request = RequestRepository(m_db).find(id);
    if (!request.ok())
        return request.error();
    dossier.request = *request;
    auto unit = UnitRepository(m_db).find(request->unitId);
    if (!unit.ok())
        return unit.error();
    dossier.unit = *unit;
    auto history = RequestEventRepository(m_db).of(id);
    if (!history.ok())
        return history.error();
    dossier.history = *history;
    if (Status steps = readSteps(dossier); !steps.ok())
        return steps.error();
    if (Status servers = readServers(dossier); !servers.ok())
        return servers.error();
    if (dossier.withdrawal) {
        AssetFilter filter;
        filter.assetId = dossier.withdrawal->assetId;
        auto asset = AssetRepository(m_db).entries(filter);
        if (!asset.ok())
            return asset.error();
        if (!asset->isEmpty())
            dossier.withdrawnAsset = asset->first();
    }
    return dossier;
}

Status RequestDossierReader::readSteps(RequestDossier &dossier) const
{
    const qint64 id = dossier.request.id;
    StepRepository steps(m_db);
    Status read = optionalRecord(steps.disposition(id), dossier.disposition);
    if (read.ok())
        read = optionalRecord(steps.capacityCheck(id), dossier.capacityCheck);
    if (read.ok())
        read = optionalRecord(steps.application(id), dossier.application);
    if (read.ok() && dossier.application)
        read = optionalRecord(UnitRepository(m_db).findOfficer(dossier.application->officerId), dossier.officer);
    if (read.ok())
        read = optionalRecord(steps.approval(id), dossier.approval);
    if (read.ok())
        read = optionalRecord(steps.handover(id), dossier.handover);
    if (read.ok())
        read = optionalRecord(WithdrawalRepository(m_db).find(id), dossier.withdrawal);
    for (SopStep step : {SopStep::Notification, SopStep::Delivery, SopStep::Completion}) {
        std::optional<StepReport> report;
        if (read.ok())
            read = optionalRecord(steps.stepReport(id, step), report);
        if (report)
            dossier.stepReports.insert(step, *report);
    }
    return read;
}

Status RequestDossierReader::readServers(RequestDossier &dossier) const
{
    auto servers = ServerRepository(m_db).serversOf(dossier.request.id);
    auto placements = PlacementRepository(m_db).ofRequest(dossier.request.id);
    if (!servers.ok() || !placements.ok())
        return !servers.ok() ? servers.error() : placements.error();
    DataCentreRepository rooms(m_db);
    for (const Server &server : *servers) {
        PlacedServer placed{server, std::nullopt, {}, {}};
        // The newest placement of the server (a cancelled reservation is kept, released).
        for (const Placement &placement : *placements) {
            if (placement.serverId == server.id)
                placed.placement = placement;
        }
        if (placed.placement && placed.placement->nocId > 0) {
            auto noc = rooms.findNoc(placed.placement->nocId);
            if (!noc.ok())
                return noc.error();
            placed.nocName = noc->name;
        }
        if (placed.placement && placed.placement->rackId > 0) {
            auto rack = rooms.findRack(placed.placement->rackId);
            if (!rack.ok())
                return rack.error();
            placed.rackName = rack->name;
        }
        dossier.servers.append(placed);
    }
    return {};
}

} // namespace kolokasi
