#include "PlacementRules.h"

#include "RackSpace.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "domain/Rack.h"
#include "store/CapacityRepository.h"
#include "store/DataCentreRepository.h"
#include "store/FacilityRepository.h"
#include "validation/DomainName.h"
#include "validation/IpAddress.h"

#include <algorithm>

namespace kolokasi {

namespace {
// The field of `server`'s row of the approval form.
QString fieldOf(const Server &server, const QString &name)
{
    return FormField::ofServer(server.position, name);
}

Error refusal(const char *code, const QString &message, const QString &field)
{
    return Error{QString::fromLatin1(code), message, field};
}
} // namespace

Result<QList<AddressAssignment>> PlacementRules::check(const PlacementBlock &block, const Server &server,
                                                       ServiceType serviceType) const
{
    Evaluation evaluation = evaluate(block, server, serviceType);
    if (!evaluation.problems.isEmpty())
        return evaluation.problems.first();
    return evaluation.addresses;
}

QList<Error> PlacementRules::problems(const PlacementBlock &block, const Server &server,
                                      ServiceType serviceType) const
{
    return evaluate(block, server, serviceType).problems;
}

PlacementRules::Evaluation PlacementRules::evaluate(const PlacementBlock &block,
                                                    const Server &server,
                                                    ServiceType serviceType) const
{
    Evaluation result;
    Problems found;
    found.add(rackProblems(block, server, serviceType));
    found.add(checkDomain(block, server));
    found.add(checkSerial(block, server));
    for (const QString &text : block.ipAddresses) {
        auto address = checkAddress(text, server);
        if (!address.ok()) {
            found.add(address.error());
            continue;
        }
        const bool listedTwice = std::any_of(
            result.addresses.cbegin(), result.addresses.cend(),
            [&](const AddressAssignment &earlier) { return earlier.address == address->address; });
        if (listedTwice)
            found.add(refusal("duplicate",
                              tr("Server %1: the IP address %2 is listed twice.")
                                  .arg(server.name, address->address),
                              fieldOf(server, FormField::kIpAddress)));
        else
            result.addresses.append(*address);
    }
    result.problems = found.list();
    return result;
}

bool PlacementRules::isPublic(const QString &address)
{
    static const QStringList privateRanges{
            QStringLiteral("10.0.0.0/8"), QStringLiteral("172.16.0.0/12"), QStringLiteral("192.168.0.0/16"),
            QStringLiteral("127.0.0.0/8"), QStringLiteral("169.254.0.0/16"), QStringLiteral("100.64.0.0/10"),
            QStringLiteral("fc00::/7"), QStringLiteral("fe80::/10"), QStringLiteral("::1/128")};
    const auto parsed = IpAddress::parse(address);
    if (!parsed)
        return false;
    for (const QString &range : privateRanges) {
        const auto network = IpNetwork::parse(range);
        if (network && network->address().isV4() == parsed->isV4() && network->contains(*parsed))
            return false;
    }
    return true;
}

QList<Error> PlacementRules::rackProblems(const PlacementBlock &block, const Server &server,
                                          ServiceType serviceType) const
{
    const bool needsRack = serviceType == ServiceType::Colocation && server.rackUnits > 0;
    const QString rackField = fieldOf(server, FormField::kRack);
    if (block.rackId <= 0) {
        if (needsRack)
            return {
                refusal("required",
                        tr("Server %1: choose a rack for the co-located server.").arg(server.name),
                        rackField)};
        if (block.nocId <= 0)
            return {refusal("required", tr("Server %1: choose the NOC.").arg(server.name),
                            fieldOf(server, FormField::kNoc))};
        return {};
    }
    auto rack = DataCentreRepository(m_db).findRack(block.rackId);
    if (!rack.ok())
        return {Error{rack.error().code, rack.error().message, rackField}};
    if (rack->isRetired())
        return {refusal("retired",
                        tr("Server %1: rack %2 is retired; choose a rack in service.")
                            .arg(server.name, rack->name),
                        rackField)};
    if (block.nocId > 0 && block.nocId != rack->nocId)
        return {
            refusal("invalid_value",
                    tr("Server %1: rack %2 is not in the chosen NOC.").arg(server.name, rack->name),
                    rackField)};
    Problems found;
    found.add(checkUnits(block, server, *rack));
    found.add(checkPower(block, server, *rack));
    return found.list();
}

Status PlacementRules::checkUnits(const PlacementBlock &block, const Server &server, const Rack &rack) const
{
    const UsedSpan wanted{block.firstU, qMax(1, server.rackUnits)};
    if (block.firstU < 1 || block.firstU + wanted.heightU - 1 > rack.heightU)
        return refusal("outside_rack",
                       tr("Server %1: units %2 to %3 do not fit in rack %4 (U 1 to %5).")
                           .arg(server.name)
                           .arg(block.firstU)
                           .arg(block.firstU + wanted.heightU - 1)
                           .arg(rack.name)
                           .arg(rack.heightU),
                       fieldOf(server, FormField::kFirstU));
    auto live = PlacementRepository(m_db).liveInRack(rack.id);
    if (!live.ok())
        return live.error();
    for (const Placement &other : *live) {
        if (RackSpace::overlaps(wanted, {other.firstU, other.heightU}))
            return refusal(
                "overlap",
                tr("Server %1: units %2 to %3 of rack %4 overlap a placed server (U %5 to %6).")
                    .arg(server.name)
                    .arg(wanted.firstU)
                    .arg(wanted.firstU + wanted.heightU - 1)
                    .arg(rack.name)
                    .arg(other.firstU)
                    .arg(other.lastU()),
                fieldOf(server, FormField::kFirstU));
    }
    return {};
}

Status PlacementRules::checkPower(const PlacementBlock &block, const Server &server, const Rack &rack) const
{
    if (!block.overrideNote.trimmed().isEmpty())
        return {};
    auto usedPower = CapacityRepository(m_db).rackPowerW(rack.id);
    if (!usedPower.ok())
        return usedPower.error();
    const qint64 used = *usedPower;
    if (used + server.powerW <= rack.powerBudgetW)
        return {};
    return refusal(
        "power_budget_exceeded",
        tr("Server %1: rack %2 would draw %3 W of its %4 W budget. Write a note to accept it.")
            .arg(server.name, rack.name)
            .arg(used + server.powerW)
            .arg(rack.powerBudgetW),
        fieldOf(server, FormField::kOverrideNote));
}

Status PlacementRules::checkDomain(const PlacementBlock &block, const Server &server) const
{
    if (block.domain.trimmed().isEmpty())
        return {};
    const QString field = fieldOf(server, FormField::kDomain);
    if (Status valid = DomainName::validate(block.domain, field); !valid.ok())
        return valid;
    auto taken = PlacementRepository(m_db).liveDomainTaken(DomainName::normalized(block.domain));
    if (!taken.ok())
        return taken.error();
    if (*taken)
        return refusal("duplicate",
                       tr("Server %1: the domain %2 is already in use by a placed server.")
                           .arg(server.name, DomainName::normalized(block.domain)),
                       field);
    return {};
}

Status PlacementRules::checkSerial(const PlacementBlock &block, const Server &server) const
{
    if (block.serialNumber.trimmed().isEmpty())
        return {};
    auto taken = PlacementRepository(m_db).liveSerialTaken(block.serialNumber.trimmed());
    if (!taken.ok())
        return taken.error();
    if (*taken)
        return refusal("duplicate",
                       tr("Server %1: the serial number %2 belongs to a placed server.")
                           .arg(server.name, block.serialNumber.trimmed()),
                       fieldOf(server, FormField::kSerialNumber));
    return {};
}

Result<AddressAssignment> PlacementRules::checkAddress(const QString &text, const Server &server) const
{
    const QString field = fieldOf(server, FormField::kIpAddress);
    if (Status valid = IpAddress::validate(text.trimmed(), field); !valid.ok())
        return Error{valid.error().code,
                     tr("Server %1: %2").arg(server.name, valid.error().message), field};
    const IpAddress address = *IpAddress::parse(text.trimmed());
    const QString canonical = address.toString();
    auto taken = PlacementRepository(m_db).liveAddressTaken(canonical);
    if (!taken.ok())
        return taken.error();
    if (*taken)
        return refusal("duplicate",
                       tr("Server %1: the IP address %2 is already given to a placed server.")
                           .arg(server.name, canonical),
                       field);
    auto pools = FacilityRepository(m_db).pools();
    if (!pools.ok())
        return pools.error();
    const bool mustBePublicPool = isPublic(canonical);
    for (const IpPool &pool : *pools) {
        const auto network = IpNetwork::parse(pool.cidr);
        const bool inPool = network && network->address().isV4() == address.isV4() && network->contains(address);
        if (inPool && canonical == pool.gateway)
            return refusal("gateway",
                           tr("Server %1: %2 is the gateway of the pool %3.")
                               .arg(server.name, canonical, pool.name),
                           field);
        if (inPool && (pool.isPublic || !mustBePublicPool))
            return AddressAssignment{canonical, pool.id};
    }
    if (mustBePublicPool)
        return refusal("ip_outside_pool",
                       tr("Server %1: the public IP address %2 is not in a public IP pool.")
                           .arg(server.name, canonical),
                       field);
    return AddressAssignment{canonical, 0};
}

} // namespace kolokasi
