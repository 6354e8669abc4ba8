#pragma once

#include "PrintDossier.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace kolokasi {

/// One line of the asset register (aset register) as printed.
struct RegisterLine
{
    QString registerNumber;
    QString unitName;
    QString officerName;
    QString officerNip;
    ServiceType serviceType = ServiceType::Colocation;
    QString serverName;
    QString domain;
    QStringList ipAddresses;
    QString serialNumber;
    QString typeBrand;
    ServerSpecText spec;
    QString noc;
    QString rack;
    int firstU = 0;
    int heightU = 0;
    int powerW = 0;
    QDate installedOn;
    bool permanent = true;
    QDate validUntil;
    QString status; // active, withdrawn
    QDate withdrawnOn;
    QDate lastReviewedOn;
    qint64 requestId = 0;
    qint64 placementId = 0;
};

/// Which register lines to print; empty parts do not filter.
struct RegisterFilter
{
    QString noc;
    QString unit;   // unit name or short name
    QString status; // active or withdrawn
};

} // namespace kolokasi
