#include "DataCentreService.h"

#include "domain/InUseLimits.h"
#include "store/Database.h"
#include "store/HoldingRepository.h"
#include "store/StoreErrors.h"
#include "validation/Required.h"

namespace kolokasi {

Result<Noc> DataCentreService::createNoc(const Noc &noc)
{
    if (Status filled = Required::text(noc.name, QStringLiteral("name"), tr("NOC name"));
        !filled.ok())
        return filled.error();
    return m_rooms.createNoc(noc);
}

Result<Noc> DataCentreService::updateNoc(const Noc &noc)
{
    if (Status filled = Required::text(noc.name, QStringLiteral("name"), tr("NOC name"));
        !filled.ok())
        return filled.error();
    return m_db.transaction([&]() -> Result<Noc> {
        auto current = currentNoc(noc.id, noc.rowVersion);
        if (!current.ok())
            return current.error();
        return m_rooms.updateNoc(noc, *current);
    });
}

Result<Noc> DataCentreService::retireNoc(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<Noc> {
        auto current = currentNoc(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        auto racks = racksOf(id);
        auto holdings = HoldingRepository(m_db).ofNoc(id);
        if (!racks.ok())
            return racks.error();
        if (!holdings.ok())
            return holdings.error();
        QStringList racksInService;
        for (const Rack &rack : *racks)
            racksInService << rack.name;
        if (Status allowed = InUseLimits::nocRetirement(*current, racksInService, *holdings);
            !allowed.ok())
            return allowed.error();
        return m_rooms.retireNoc(*current);
    });
}

Status DataCentreService::checkRack(const Rack &rack)
{
    if (Status filled = Required::text(rack.name, QStringLiteral("name"), tr("Rack name"));
        !filled.ok())
        return filled;
    if (rack.heightU < 1 || rack.heightU > Rack::kMaxHeightU)
        return Error{QStringLiteral("invalid_value"),
                     tr("A rack is 1 to %1 U high.").arg(Rack::kMaxHeightU),
                     QStringLiteral("height_u")};
    if (rack.powerBudgetW < 0)
        return Error{QStringLiteral("invalid_value"), tr("The power budget cannot be negative."),
                     QStringLiteral("power_budget_w")};
    return {};
}

Result<Rack> DataCentreService::createRack(const Rack &rack)
{
    if (Status filled = Required::reference(rack.nocId, QStringLiteral("noc"), tr("NOC"));
        !filled.ok())
        return filled.error();
    if (Status valid = checkRack(rack); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Rack> {
        auto noc = findNoc(rack.nocId);
        if (!noc.ok())
            return Error{noc.error().code, noc.error().message, QStringLiteral("noc")};
        if (noc->isRetired())
            return StoreErrors::retired(tr("NOC"), noc->name);
        return m_rooms.createRack(rack);
    });
}

Result<Rack> DataCentreService::updateRack(const Rack &rack)
{
    if (Status valid = checkRack(rack); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Rack> {
        auto current = currentRack(rack.id, rack.rowVersion);
        if (!current.ok())
            return current.error();
        auto holdings = HoldingRepository(m_db).ofRack(rack.id);
        if (!holdings.ok())
            return holdings.error();
        Rack proposed = rack;
        proposed.name = rack.name.trimmed();
        if (Status allowed = InUseLimits::rackChange(proposed, *holdings); !allowed.ok())
            return allowed.error();
        return m_rooms.updateRack(rack, *current);
    });
}

Result<Rack> DataCentreService::retireRack(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<Rack> {
        auto current = currentRack(id, expectedRowVersion);
        if (!current.ok())
            return current.error();
        auto holdings = HoldingRepository(m_db).ofRack(id);
        if (!holdings.ok())
            return holdings.error();
        if (Status allowed = InUseLimits::rackRetirement(*current, *holdings); !allowed.ok())
            return allowed.error();
        return m_rooms.retireRack(*current);
    });
}

Result<QList<RackElevation>> DataCentreService::rackElevations(const QString &noc) const
{
    return RackViewRepository(m_db).racks(noc);
}

Result<QHash<qint64, QList<RackSlot>>>
DataCentreService::rackOccupants(const QList<qint64> &rackIds) const
{
    return RackViewRepository(m_db).occupants(rackIds);
}

Result<Noc> DataCentreService::currentNoc(qint64 id, int expectedRowVersion) const
{
    auto current = findNoc(id);
    if (!current.ok())
        return current;
    if (current->rowVersion != expectedRowVersion)
        return StoreErrors::stale(tr("NOC"));
    if (current->isRetired())
        return StoreErrors::retired(tr("NOC"), current->name);
    return current;
}

Result<Rack> DataCentreService::currentRack(qint64 id, int expectedRowVersion) const
{
    auto current = findRack(id);
    if (!current.ok())
        return current;
    if (current->rowVersion != expectedRowVersion)
        return StoreErrors::stale(tr("rack"));
    if (current->isRetired())
        return StoreErrors::retired(tr("rack"), current->name);
    return current;
}

} // namespace kolokasi
