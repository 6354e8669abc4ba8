#pragma once

#include "ServerSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kolokasi {

/// The spec found on one delivered server at step 8; `spec.mismatchNote` accepts differences.
struct DeliveredServer
{
    qint64 serverId = 0;
    ServerSpec spec;
};

/// Step 8: the SERAH TERIMA record. The giver is the unit's officer, the receiver the DC.
struct Handover
{
    qint64 requestId = 0;
    QDateTime handedOverAt;
    QString giverName;
    QString giverNip;
    QString receiverName;
    QString receiverNip;
    QString receiverUnit;
    QList<DeliveredServer> servers; // input only; stored as server_specs 'delivered'
    int rowVersion = 0;
};

} // namespace kolokasi
