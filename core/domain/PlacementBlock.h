#pragma once

#include <QString>
#include <QStringList>

namespace kolokasi {

/// The per-server block of the PERSETUJUAN form: where one server goes and under which
/// names. Co-location fills rack, U, S/N, type and brand, host admin user and IPs; hosting
/// fills NOC, location and domain. The host admin password is never part of it.
struct PlacementBlock
{
    qint64 serverId = 0;
    qint64 nocId = 0;
    qint64 rackId = 0; // 0: not in a rack (hosting)
    int firstU = 0;
    QString locationNote; // "Letak Server" as written on the form
    QString domain;
    QString serialNumber;
    QString typeBrand;
    QString hostAdminUser;
    QStringList ipAddresses;
    QString overrideNote; // accepts exceeding the rack power budget, or a changed proposal
};

} // namespace kolokasi
