#pragma once

#include "Application.h"
#include "Approval.h"
#include "CapacityCheck.h"
#include "Disposition.h"
#include "Handover.h"
#include "Officer.h"
#include "Placement.h"
#include "RegisterEntry.h"
#include "Request.h"
#include "RequestEvent.h"
#include "Server.h"
#include "StepReport.h"
#include "Unit.h"
#include "Withdrawal.h"

#include <QList>
#include <QMap>

#include <optional>

namespace kolokasi {

/// A placement with the names a form prints (NOC and rack), for the approval's blocks.
struct PlacedServer
{
    Server server;
    std::optional<Placement> placement;
    QString nocName;
    QString rackName;
};

/// Everything recorded about one request, as screens and printouts read it: each step's
/// record is present once the step was done.
struct RequestDossier
{
    Request request;
    Unit unit;
    QList<PlacedServer> servers; // by position
    std::optional<Disposition> disposition;
    std::optional<CapacityCheck> capacityCheck;
    std::optional<Application> application;
    std::optional<Officer> officer; // the application's penanggung jawab
    std::optional<Approval> approval;
    QMap<SopStep, StepReport> stepReports; // Notification, Delivery, Completion
    std::optional<Handover> handover;
    std::optional<Withdrawal> withdrawal;
    std::optional<RegisterEntry> withdrawnAsset; // for a withdrawal: the asset and its placement
    QList<RequestEvent> history;
};

} // namespace kolokasi
