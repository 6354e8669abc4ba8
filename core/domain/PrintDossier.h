#pragma once

#include "Approval.h"
#include "CapacityCheck.h"
#include "Handover.h"
#include "Placement.h"
#include "Request.h"
#include "Server.h"
#include "StepReport.h"
#include "Unit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kolokasi {

// What the printed documents of one request read (berkas permohonan): the workflow's
// RequestDossier with names resolved (PrintDossierReader makes it), so layouts stay simple.

/// Where a server goes (the approval's per-server block) with the names a form prints.
struct DossierPlacement : Placement
{
    QString serverName;
    QString noc;  // the NOC's name
    QString rack; // the rack's name; empty when not in a rack
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
    QList<Server> servers; // by position; the delivered spec once handed over
    QList<DossierPlacement> placements;
    std::optional<CapacityCheck> capacityCheck;
    std::optional<DossierApplication> application;
    std::optional<Approval> approval;
    std::optional<Handover> handover;
    std::optional<DossierWithdrawal> withdrawal;
    QList<StepReport> reports;

    /// The report of SOP step number `step` (6, 7 or 9), if made.
    std::optional<StepReport> report(int step) const
    {
        for (const StepReport &r : reports) {
            if (SopSteps::number(r.step) == step)
                return r;
        }
        return std::nullopt;
    }
};

} // namespace kolokasi
