#include "PrintDossierReader.h"

#include "domain/RequestDossier.h"
#include "workflow/RequestDossierReader.h"

#include <algorithm>

namespace kolokasi {

namespace {
DossierPlacement placementOf(const Placement &p, const QString &serverName, const QString &noc, const QString &rack)
{
    return {p, serverName, noc, rack};
}

// The SOP's order of resources: server, listrik, UPS, genset, bandwidth, tempat, IP publik.
int resourceRank(const QString &resource)
{
    static const QStringList order{QStringLiteral("server"), QStringLiteral("power"), QStringLiteral("ups"),
                                   QStringLiteral("genset"), QStringLiteral("bandwidth"), QStringLiteral("space"),
                                   QStringLiteral("public_ip")};
    const qsizetype rank = order.indexOf(resource);
    return rank < 0 ? static_cast<int>(order.size()) : static_cast<int>(rank);
}

CapacityCheck capacityOf(const CapacityCheck &check)
{
    CapacityCheck c = check;
    std::stable_sort(c.items.begin(), c.items.end(), [](const auto &a, const auto &b) {
        return resourceRank(a.resource) < resourceRank(b.resource);
    });
    return c;
}

DossierWithdrawal withdrawalOf(const Withdrawal &w, const std::optional<RegisterEntry> &asset)
{
    DossierWithdrawal d{w.reasons, w.approved, w.decidedBy, w.decidedAt, w.completedAt, {}, ServiceType::Colocation, {}};
    if (asset) {
        d.registerNumber = asset->asset.registerNumber;
        d.serviceType = asset->asset.serviceType;
        d.placement = placementOf(asset->placement, asset->serverName, asset->nocName, asset->rackName);
    }
    return d;
}

void addSteps(const RequestDossier &from, PrintDossier &to)
{
    if (from.capacityCheck)
        to.capacityCheck = capacityOf(*from.capacityCheck);
    if (from.application) {
        const Application &a = *from.application;
        to.application = DossierApplication{from.officer ? from.officer->name : QString(),
                                            from.officer ? from.officer->nip : QString(), a.unitAddress, a.contactPhone,
                                            a.domain, a.domainActiveDate, a.permanent, a.validUntil, a.filledAt};
    }
    to.approval = from.approval;
    to.handover = from.handover;
    for (const StepReport &report : from.stepReports)
        to.reports.append(report);
    if (from.withdrawal)
        to.withdrawal = withdrawalOf(*from.withdrawal, from.withdrawnAsset);
}
} // namespace

Result<PrintDossier> PrintDossierReader::read(qint64 requestId) const
{
    auto dossier = RequestDossierReader(m_db).read(requestId);
    if (!dossier.ok())
        return dossier.error();
    return fromRequestDossier(*dossier);
}

PrintDossier PrintDossierReader::fromRequestDossier(const RequestDossier &dossier)
{
    PrintDossier printed;
    printed.request = dossier.request;
    printed.unit = dossier.unit;
    for (const PlacedServer &placed : dossier.servers) {
        printed.servers.append(placed.server);
        if (placed.placement)
            printed.placements.append(placementOf(*placed.placement, placed.server.name, placed.nocName, placed.rackName));
    }
    addSteps(dossier, printed);
    return printed;
}

} // namespace kolokasi
