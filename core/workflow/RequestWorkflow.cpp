#include "RequestWorkflow.h"

#include "ApplicationStep.h"
#include "ApprovalStep.h"
#include "Cancellation.h"
#include "CompletionStep.h"
#include "CorrectionStep.h"
#include "DeliveryStep.h"
#include "DispositionStep.h"
#include "HandoverStep.h"
#include "NotificationStep.h"
#include "RequestDossierReader.h"
#include "RequestLetterStep.h"
#include "WithdrawalProcess.h"
#include "capacity/CapacityCalculator.h"
#include "store/RequestEventRepository.h"
#include "store/RequestRepository.h"
#include "store/ServerRepository.h"

namespace kolokasi {

Result<Request> RequestWorkflow::registerLetter(const RequestLetter &letter)
{
    return RequestLetterStep(m_db).registerLetter(letter);
}

Status RequestWorkflow::dispose(qint64 requestId, const Disposition &disposition)
{
    return DispositionStep(m_db).dispose(requestId, disposition);
}

Result<CapacityCheck> RequestWorkflow::checkCapacity(qint64 requestId, const CapacityDecision &decision)
{
    return CapacityCheckStep(m_db).record(requestId, decision);
}

Result<PlacementProposal> RequestWorkflow::proposePlacement(qint64 requestId) const
{
    auto request = RequestRepository(m_db).find(requestId);
    if (!request.ok())
        return request.error();
    auto servers = ServerRepository(m_db).serversOf(requestId);
    if (!servers.ok())
        return servers.error();
    return CapacityCalculator(m_db).propose(*request, *servers);
}

Status RequestWorkflow::fillApplication(qint64 requestId, const Application &application)
{
    return ApplicationStep(m_db).fill(requestId, application);
}

Status RequestWorkflow::decide(qint64 requestId, const Approval &approval)
{
    return ApprovalStep(m_db).decide(requestId, approval);
}

Status RequestWorkflow::notifyUnit(qint64 requestId, const QString &note)
{
    return NotificationStep(m_db).notifyUnit(requestId, note);
}

Status RequestWorkflow::recordDelivery(qint64 requestId, const QString &note)
{
    return DeliveryStep(m_db).recordDelivery(requestId, note);
}

Status RequestWorkflow::handOver(qint64 requestId, const Handover &handover)
{
    return HandoverStep(m_db).handOver(requestId, handover);
}

Status RequestWorkflow::reportCompletion(qint64 requestId, const QString &note)
{
    return CompletionStep(m_db).reportCompletion(requestId, note);
}

Status RequestWorkflow::cancel(qint64 requestId, const QString &reason)
{
    return Cancellation(m_db).cancel(requestId, reason);
}

Result<RequestEvent> RequestWorkflow::correct(const Correction &correction)
{
    return CorrectionStep(m_db).correct(correction);
}

Result<Request> RequestWorkflow::registerWithdrawal(const WithdrawalLetter &letter)
{
    return WithdrawalProcess(m_db).registerWithdrawal(letter);
}

Status RequestWorkflow::decideWithdrawal(qint64 requestId, bool approved, const QString &decidedBy,
                                         const QString &reasons)
{
    return WithdrawalProcess(m_db).decide(requestId, approved, decidedBy, reasons);
}

Status RequestWorkflow::completeWithdrawal(qint64 requestId, const QDate &withdrawnOn)
{
    return WithdrawalProcess(m_db).complete(requestId, withdrawnOn);
}

Result<RequestDossier> RequestWorkflow::dossier(qint64 requestId) const
{
    return RequestDossierReader(m_db).read(requestId);
}

Result<QList<RequestEvent>> RequestWorkflow::history(qint64 requestId) const
{
    return RequestEventRepository(m_db).of(requestId);
}

} // namespace kolokasi
