#include "RequestWorkflow.h"

#include "ApplicationStep.h"
#include "ApprovalStep.h"
#include "Cancellation.h"
#include "ChangeNotifier.h"
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
#include "store/RequestSummaryRepository.h"
#include "store/ServerRepository.h"

namespace kolokasi {

template <typename R>
R RequestWorkflow::announced(R result, qint64 requestId, bool placements) const
{
    if (result.ok() && m_notifier)
        m_notifier->announceRequest(requestId, placements);
    return result;
}

Result<Request> RequestWorkflow::registerLetter(const RequestLetter &letter)
{
    auto registered = RequestLetterStep(m_db).registerLetter(letter);
    const qint64 id = registered.ok() ? registered->id : 0;
    return announced(std::move(registered), id);
}

Status RequestWorkflow::dispose(qint64 requestId, const Disposition &disposition)
{
    return announced(DispositionStep(m_db).dispose(requestId, disposition), requestId);
}

Result<CapacityCheck> RequestWorkflow::checkCapacity(qint64 requestId, const CapacityDecision &decision)
{
    return announced(CapacityCheckStep(m_db).record(requestId, decision), requestId);
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
    return announced(ApplicationStep(m_db).fill(requestId, application), requestId);
}

Status RequestWorkflow::decide(qint64 requestId, const Approval &approval)
{
    return announced(ApprovalStep(m_db).decide(requestId, approval), requestId, approval.approved);
}

Status RequestWorkflow::notifyUnit(qint64 requestId, const QString &note)
{
    return announced(NotificationStep(m_db).notifyUnit(requestId, note), requestId);
}

Status RequestWorkflow::recordDelivery(qint64 requestId, const QString &note)
{
    return announced(DeliveryStep(m_db).recordDelivery(requestId, note), requestId);
}

Status RequestWorkflow::handOver(qint64 requestId, const Handover &handover)
{
    return announced(HandoverStep(m_db).handOver(requestId, handover), requestId, true);
}

Status RequestWorkflow::reportCompletion(qint64 requestId, const QString &note)
{
    return announced(CompletionStep(m_db).reportCompletion(requestId, note), requestId);
}

Status RequestWorkflow::cancel(qint64 requestId, const QString &reason)
{
    return announced(Cancellation(m_db).cancel(requestId, reason), requestId, true);
}

Result<RequestEvent> RequestWorkflow::correct(const Correction &correction)
{
    return announced(CorrectionStep(m_db).correct(correction), correction.requestId, true);
}

Result<Request> RequestWorkflow::registerWithdrawal(const WithdrawalLetter &letter)
{
    auto registered = WithdrawalProcess(m_db).registerWithdrawal(letter);
    const qint64 id = registered.ok() ? registered->id : 0;
    return announced(std::move(registered), id);
}

Status RequestWorkflow::decideWithdrawal(qint64 requestId, bool approved, const QString &decidedBy,
                                         const QString &reasons)
{
    return announced(WithdrawalProcess(m_db).decide(requestId, approved, decidedBy, reasons),
                     requestId);
}

Status RequestWorkflow::completeWithdrawal(qint64 requestId, const QDate &withdrawnOn)
{
    return announced(WithdrawalProcess(m_db).complete(requestId, withdrawnOn), requestId, true);
}

QList<Error> RequestWorkflow::validateLetter(const RequestLetter &letter) const
{
    return RequestLetterStep(m_db).problems(letter);
}

QList<Error> RequestWorkflow::validateDisposition(const Disposition &disposition) const
{
    return DispositionStep(m_db).problems(disposition);
}

QList<Error> RequestWorkflow::validateCapacityCheck(qint64 requestId,
                                                    const CapacityDecision &decision) const
{
    return CapacityCheckStep(m_db).problems(requestId, decision);
}

QList<Error> RequestWorkflow::validateApplication(qint64 requestId,
                                                  const Application &application) const
{
    return ApplicationStep(m_db).problems(requestId, application);
}

QList<Error> RequestWorkflow::validateApproval(qint64 requestId, const Approval &approval) const
{
    return ApprovalStep(m_db).problems(requestId, approval);
}

QList<Error> RequestWorkflow::validateHandover(qint64 requestId, const Handover &handover) const
{
    return HandoverStep(m_db).problems(requestId, handover);
}

QList<Error> RequestWorkflow::validateCancellation(const QString &reason) const
{
    return Cancellation::problems(reason);
}

QList<Error> RequestWorkflow::validateWithdrawal(const WithdrawalLetter &letter) const
{
    return WithdrawalProcess(m_db).problems(letter);
}

Result<NextActions> RequestWorkflow::nextActions(qint64 requestId) const
{
    auto read = dossier(requestId);
    if (!read.ok())
        return read.error();
    auto withdrawable = RequestSummaryRepository(m_db).withdrawableAssetCount(requestId);
    if (!withdrawable.ok())
        return withdrawable.error();
    return NextActions::of(read->request, RequestFacts::of(*read, *withdrawable));
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
