#include "InUseLimits.h"

#include "PoolAddresses.h"
#include "validation/IpAddress.h"

#include <algorithm>
#include <limits>

namespace kolokasi {

namespace {
constexpr int kNamedHoldings = 4; // a refusal stays one readable sentence

Error refusal(const char *code, const QString &message, const char *field = "")
{
    return {QString::fromLatin1(code), message, QString::fromLatin1(field)};
}
} // namespace

Status InUseLimits::rackChange(const Rack &proposed, const QList<Holding> &holdings)
{
    QList<Holding> above;
    int power = 0;
    for (const Holding &holding : holdings) {
        power += holding.powerW;
        if (holding.heightU > 0 && holding.lastU() > proposed.heightU)
            above.append(holding);
    }
    if (!above.isEmpty()) {
        const int highest =
            std::max_element(above.cbegin(), above.cend(), [](const Holding &a, const Holding &b) {
                return a.lastU() < b.lastU();
            })->lastU();
        return refusal("in_use",
                       tr("Rack %1 cannot be %2 U high: units up to U %3 are in use by %4.")
                           .arg(proposed.name)
                           .arg(proposed.heightU)
                           .arg(highest)
                           .arg(describe(above)),
                       "height_u");
    }
    if (power > proposed.powerBudgetW)
        return refusal("in_use",
                       tr("Rack %1 cannot have a power budget of %2 W: the servers placed in it "
                          "draw %3 W (%4).")
                           .arg(proposed.name)
                           .arg(proposed.powerBudgetW)
                           .arg(power)
                           .arg(describe(holdings)),
                       "power_budget_w");
    return {};
}

Status InUseLimits::rackRetirement(const Rack &rack, const QList<Holding> &holdings)
{
    if (holdings.isEmpty())
        return {};
    return refusal("in_use", tr("Rack %1 cannot be retired while servers are placed in it: %2.")
                                 .arg(rack.name, describe(holdings)));
}

Status InUseLimits::nocRetirement(const Noc &noc, const QStringList &racksInService,
                                  const QList<Holding> &holdings)
{
    if (!holdings.isEmpty())
        return refusal("in_use", tr("NOC %1 cannot be retired while servers are placed in it: %2.")
                                     .arg(noc.name, describe(holdings)));
    if (!racksInService.isEmpty())
        return refusal(
            "in_use", tr("NOC %1 cannot be retired while it has racks in service: retire %2 first.")
                          .arg(noc.name, racksInService.join(QStringLiteral(", "))));
    return {};
}

Status InUseLimits::poolChange(const IpPool &proposed, const QList<Holding> &holdings)
{
    const auto network = IpNetwork::parse(proposed.cidr);
    if (!network)
        return IpNetwork::validate(proposed.cidr);
    QList<Holding> outside;
    for (const Holding &holding : holdings) {
        const auto address = IpAddress::parse(holding.address);
        if (!address || address->isV4() != network->address().isV4() ||
            !network->contains(*address))
            outside.append(holding);
        else if (holding.address == proposed.gateway)
            return refusal("in_use",
                           tr("The gateway %1 is an address given to %2.")
                               .arg(proposed.gateway, describe(holding)),
                           "gateway");
    }
    if (outside.isEmpty())
        return {};
    return refusal("in_use",
                   tr("Pool %1 cannot become %2: addresses in use would fall outside it: %3.")
                       .arg(proposed.name, network->toString(), describe(outside)),
                   "cidr");
}

Status InUseLimits::poolRetirement(const IpPool &pool, const QList<Holding> &holdings)
{
    if (holdings.isEmpty())
        return {};
    return refusal("in_use", tr("Pool %1 cannot be retired while its addresses are in use: %2.")
                                 .arg(pool.name, describe(holdings)));
}

quint64 InUseLimits::freeAddresses(const IpPool &pool, int addressesInUse)
{
    const auto network = IpNetwork::parse(pool.cidr);
    if (!network)
        return 0;
    const quint64 usable = network->usableHostCount();
    if (usable == std::numeric_limits<quint64>::max())
        return usable;
    const quint64 taken =
        quint64(addressesInUse) + (PoolAddresses::heldBack(pool).isEmpty() ? 0 : 1);
    return usable > taken ? usable - taken : 0;
}

QString InUseLimits::describe(const Holding &holding)
{
    QStringList details;
    details << (holding.registerNumber.isEmpty() ? tr("reserved") : holding.registerNumber)
            << holding.unitName;
    if (holding.heightU == 1)
        details << tr("U %1").arg(holding.firstU);
    else if (holding.heightU > 1)
        details << tr("U %1-%2").arg(holding.firstU).arg(holding.lastU());
    const QString placement =
        tr("%1 (%2)").arg(holding.serverName, details.join(QStringLiteral(", ")));
    return holding.address.isEmpty() ? placement : tr("%1 at %2").arg(holding.address, placement);
}

QString InUseLimits::describe(const QList<Holding> &holdings)
{
    QStringList named;
    for (int i = 0; i < holdings.size() && i < kNamedHoldings; ++i)
        named << describe(holdings[i]);
    QString text = named.join(QStringLiteral("; "));
    if (holdings.size() > kNamedHoldings)
        text = tr("%1 and %2 more").arg(text).arg(holdings.size() - kNamedHoldings);
    return text;
}

} // namespace kolokasi
