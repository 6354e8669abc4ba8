#pragma once

#include "common/Result.h"
#include "domain/Facility.h"

#include <QCoreApplication>

namespace kolokasi {

/// Which address of a pool a capacity proposal holds back besides the network and broadcast
/// addresses (which IpNetwork::usableHosts() never gives): the pool's gateway, or, while no
/// gateway is set, the first usable address, where most offices put the router. The admin frees
/// the first address by setting the gateway the router really has (Pusat Data › pool).
class PoolAddresses
{
    Q_DECLARE_TR_FUNCTIONS(PoolAddresses)

public:
    /// The address held back; empty for a malformed pool or one of a single address (/32).
    static QString heldBack(const IpPool &pool);
    /// The gateway the guide suggests for `cidr`: its first usable address; empty if malformed.
    static QString suggestedGateway(const QString &cidr);
    /// An empty gateway, or an address inside `cidr` of the same family; names `field`.
    static Status checkGateway(const QString &cidr, const QString &gateway,
                               const QString &field = QStringLiteral("gateway"));
};

} // namespace kolokasi
