#include "PoolAddresses.h"

#include "validation/IpAddress.h"

namespace kolokasi {

QString PoolAddresses::heldBack(const IpPool &pool)
{
    if (const auto gateway = IpAddress::parse(pool.gateway.trimmed()))
        return gateway->toString();
    const auto network = IpNetwork::parse(pool.cidr.trimmed());
    if (!network || network->usableHostCount() < 2)
        return {}; // a single address has no router inside it
    return network->usableHosts(1).value(0);
}

QString PoolAddresses::suggestedGateway(const QString &cidr)
{
    const auto network = IpNetwork::parse(cidr.trimmed());
    if (!network || network->usableHostCount() < 2)
        return {};
    return network->usableHosts(1).value(0);
}

Status PoolAddresses::checkGateway(const QString &cidr, const QString &gateway,
                                   const QString &field)
{
    if (gateway.trimmed().isEmpty())
        return {};
    if (Status valid = IpAddress::validate(gateway.trimmed(), field); !valid.ok())
        return valid;
    const auto network = IpNetwork::parse(cidr.trimmed());
    if (!network)
        return {}; // the network's own rule speaks first
    const IpAddress address = *IpAddress::parse(gateway.trimmed());
    if (address.isV4() != network->address().isV4() || !network->contains(address))
        return Error{QStringLiteral("invalid_value"),
                     tr("The gateway must be an address inside %1.").arg(network->toString()),
                     field};
    return {};
}

} // namespace kolokasi
