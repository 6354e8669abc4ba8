#pragma once

#include "Approval.h"
#include "CapacityCheck.h"
#include "Handover.h"
#include "Request.h"
#include "StepReport.h"
#include "Unit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kolokasi {

// What the printed documents of one request read (berkas permohonan): plain values,
// loaded read-only by PrintDataRepository from the tables the workflow writes.

/// Processor, RAM, motherboard, storage and PSU as written on the forms.
struct ServerSpecText
{
    QString processor;
    QString ram;
    QString motherboard;
    QString storage;
    QString psu;
};

/// A server of the request with the spec asked for and the spec delivered at handover.
struct DossierServer
{
    qint64 id = 0;
    int position = 0;
    QString name;
    int rackUnits = 0;
    int powerW = 0;
    ServerSpecText requested;
    std::optional<ServerSpecText> delivered;
    QString mismatchNote;

    /// The delivered spec if known, else the requested one (the handover table's row).
    const ServerSpecText &handedOverSpec() const { return delivered ? *delivered : requested; }
};

/// Where a server goes (the approval's per-server block) with its IP addresses.
struct DossierPlacement
{
    qint64 id = 0;
    qint64 serverId = 0;
    QString serverName;
    QString noc;
    QString rack;
    int firstU = 0;
    int heightU = 0;
    QString locationNote;
    QString domain;
    QString serialNumber;
    QString typeBrand;
    QString hostAdminUser;
    QString status; // reserved, active, released
    QStringList ipAddresses;
};

/// The PENGAJUAN form (step 4).
struct DossierApplication
{
    QString officerName;
    QString officerNip;
    QString unitAddress;
    QString contactPhone;
    QString domain;
    QDate domainActiveDate;
    bool permanent = true;
    QDate validUntil;
    QDateTime filledAt;
};

/// The PENCABUTAN of an installed asset, with the placement it frees.
struct DossierWithdrawal
{
    QString reasons;
    std::optional<bool> approved;
    QString decidedBy;
    QDateTime decidedAt;
    QDateTime completedAt;
    QString registerNumber;
    ServiceType serviceType = ServiceType::Colocation;
    DossierPlacement placement;
};

/// Everything printed about one request; a part is empty until the request reaches its step.
struct PrintDossier
{
    Request request;
    Unit unit;
    QList<DossierServer> servers;
    QList<DossierPlacement> placements;
    std::optional<CapacityCheck> capacityCheck;
    std::optional<DossierApplication> application;
    std::optional<Approval> approval;
    std::optional<Handover> handover;
    std::optional<DossierWithdrawal> withdrawal;
    QList<StepReport> reports;

    std::optional<StepReport> report(int step) const
    {
        for (const StepReport &r : reports) {
            if (r.step == step)
                return r;
        }
        return std::nullopt;
    }
};

} // namespace kolokasi
