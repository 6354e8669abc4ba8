#include "NextActions.h"

#include "domain/RequestDossier.h"

namespace kolokasi {

namespace {
QList<RequestDocument> placementDocuments(const RequestFacts &facts)
{
    QList<RequestDocument> documents;
    if (facts.capacityChecked)
        documents.append(RequestDocument::CapacityReport);
    if (facts.applicationFilled)
        documents.append(RequestDocument::ApplicationForm);
    if (facts.approved.has_value())
        documents.append(RequestDocument::ApprovalForm);
    if (facts.approved.value_or(false))
        documents.append(RequestDocument::NotificationLetter);
    if (facts.handedOver)
        documents << RequestDocument::HandoverForm << RequestDocument::CompletionReport;
    return documents;
}

NextActions withdrawalActions(const Request &request, const RequestFacts &facts)
{
    NextActions next;
    if (facts.hasWithdrawal && facts.withdrawalApproved.value_or(true))
        next.documents.append(RequestDocument::WithdrawalForm);
    if (request.status != RequestStatus::Open)
        return next;
    next.actions.append(request.step == SopStep::RequestLetter
                            ? WorkflowAction::DecideWithdrawal
                            : WorkflowAction::CompleteWithdrawal);
    next.actions.append(WorkflowAction::Cancel);
    next.nextStep =
        request.step == SopStep::RequestLetter ? SopStep::Approval : SopStep::Completion;
    return next;
}
} // namespace

RequestFacts RequestFacts::of(const RequestDossier &dossier, int withdrawableAssets)
{
    RequestFacts facts;
    facts.capacityChecked = dossier.capacityCheck.has_value();
    facts.applicationFilled = dossier.application.has_value();
    if (dossier.approval)
        facts.approved = dossier.approval->approved;
    facts.handedOver = dossier.handover.has_value();
    facts.hasWithdrawal = dossier.withdrawal.has_value();
    if (dossier.withdrawal)
        facts.withdrawalApproved = dossier.withdrawal->approved;
    facts.withdrawableAssets = withdrawableAssets;
    return facts;
}

NextActions NextActions::of(const Request &request, const RequestFacts &facts)
{
    if (request.kind == RequestKind::Withdrawal)
        return withdrawalActions(request, facts);
    NextActions next;
    next.documents = placementDocuments(facts);
    next.actions.append(WorkflowAction::Correct);
    if (request.status == RequestStatus::Completed && facts.withdrawableAssets > 0)
        next.actions.append(WorkflowAction::StartWithdrawal);
    if (request.status != RequestStatus::Open)
        return next;
    next.nextStep = SopSteps::next(request.step);
    if (next.nextStep) {
        if (const auto action = actionFor(*next.nextStep))
            next.actions.prepend(*action);
    }
    if (request.step < SopStep::Handover)
        next.actions.append(WorkflowAction::Cancel);
    return next;
}

QString NextActions::documentName(RequestDocument document)
{
    switch (document) {
    case RequestDocument::CapacityReport:
        return QStringLiteral("kapasitas");
    case RequestDocument::ApplicationForm:
        return QStringLiteral("pengajuan");
    case RequestDocument::ApprovalForm:
        return QStringLiteral("persetujuan");
    case RequestDocument::NotificationLetter:
        return QStringLiteral("pemberitahuan");
    case RequestDocument::HandoverForm:
        return QStringLiteral("serah-terima");
    case RequestDocument::CompletionReport:
        return QStringLiteral("laporan-selesai");
    case RequestDocument::WithdrawalForm:
        return QStringLiteral("pencabutan");
    }
    return {};
}

std::optional<WorkflowAction> NextActions::actionFor(SopStep step)
{
    switch (step) {
    case SopStep::RequestLetter:
        return std::nullopt;
    case SopStep::Disposition:
        return WorkflowAction::RegisterDisposition;
    case SopStep::CapacityCheck:
        return WorkflowAction::CheckCapacity;
    case SopStep::Application:
        return WorkflowAction::FillApplication;
    case SopStep::Approval:
        return WorkflowAction::Decide;
    case SopStep::Notification:
        return WorkflowAction::Notify;
    case SopStep::Delivery:
        return WorkflowAction::RecordDelivery;
    case SopStep::Handover:
        return WorkflowAction::HandOver;
    case SopStep::Completion:
        return WorkflowAction::ReportCompletion;
    }
    return std::nullopt;
}

} // namespace kolokasi
