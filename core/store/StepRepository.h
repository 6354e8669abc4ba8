#pragma once

#include "common/Result.h"
#include "domain/Application.h"
#include "domain/Approval.h"
#include "domain/CapacityCheck.h"
#include "domain/Disposition.h"
#include "domain/Handover.h"
#include "domain/StepReport.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// The one-per-request records of the SOP's steps: disposition (2), capacity check (3),
/// pengajuan (4), persetujuan (5), step reports (6, 7, 9) and the serah terima (8).
/// Each save writes its audit entry; the workflow decides when a save is allowed.
class StepRepository
{
    Q_DECLARE_TR_FUNCTIONS(StepRepository)

public:
    explicit StepRepository(Database &db) : m_db(db) {}

    Status saveDisposition(const Disposition &disposition);
    Result<Disposition> disposition(qint64 requestId) const;

    /// Stores the check and its report lines.
    Status saveCapacityCheck(const CapacityCheck &check);
    Result<CapacityCheck> capacityCheck(qint64 requestId) const;

    Status saveApplication(const Application &application);
    Result<Application> application(qint64 requestId) const;

    /// Stores the decision; the placement blocks are stored by PlacementRepository.
    Status saveApproval(const Approval &approval);
    Result<Approval> approval(qint64 requestId) const;

    Status saveStepReport(const StepReport &report);
    Result<StepReport> stepReport(qint64 requestId, SopStep step) const;

    /// Stores the record; the delivered specs are stored by ServerRepository.
    Status saveHandover(const Handover &handover);
    Result<Handover> handover(qint64 requestId) const;

private:
    Status audit(const QString &entity, qint64 requestId, const QString &details);

    Database &m_db;
};

} // namespace kolokasi
