#pragma once

#include "Request.h"
#include "Server.h"

#include <QList>

namespace kolokasi {

/// Step 1: what the unit's request letter (surat permohonan) brings: the request and the
/// servers with their requested spec. Zero needs are taken from the servers' sums.
struct RequestLetter
{
    Request request;
    QList<Server> servers;
};

/// A withdrawal (pencabutan) letter: which asset, and why.
struct WithdrawalLetter
{
    qint64 assetId = 0;
    QString letterNumber;
    QDate letterDate;
    QString subject; // blank: "Pencabutan co-location <register number>"
    QString reasons; // pertimbangan
    QDateTime receivedAt;
};

} // namespace kolokasi
