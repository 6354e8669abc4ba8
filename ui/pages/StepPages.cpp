#include "StepPages.h"

#include "ApplicationStepPage.h"
#include "ApprovalStepPage.h"
#include "CapacityCheckStepPage.h"
#include "DispositionStepPage.h"
#include "HandoverStepPage.h"
#include "ReportStepPage.h"
#include "RequestLetterStepPage.h"
#include "WithdrawalCompletionPage.h"
#include "WithdrawalDecisionPage.h"
#include "WithdrawalRegistrationPage.h"

#include "UiContext.h"
#include "workflow/RequestWorkflow.h"

#include <QCoreApplication>

namespace kolokasi {

StepPage *createStepPage(StepPageKind kind, UiContext &context, QWidget *parent)
{
    switch (kind) {
    case StepPageKind::RequestLetter:
        return new RequestLetterStepPage(context, parent);
    case StepPageKind::Disposition:
        return new DispositionStepPage(context, parent);
    case StepPageKind::CapacityCheck:
        return new CapacityCheckStepPage(context, parent);
    case StepPageKind::Application:
        return new ApplicationStepPage(context, parent);
    case StepPageKind::Approval:
        return new ApprovalStepPage(context, parent);
    case StepPageKind::Notification:
        return new ReportStepPage(context, SopStep::Notification, parent);
    case StepPageKind::Delivery:
        return new ReportStepPage(context, SopStep::Delivery, parent);
    case StepPageKind::Handover:
        return new HandoverStepPage(context, parent);
    case StepPageKind::Completion:
        return new ReportStepPage(context, SopStep::Completion, parent);
    case StepPageKind::WithdrawalRegistration:
        return new WithdrawalRegistrationPage(context, parent);
    case StepPageKind::WithdrawalDecision:
        return new WithdrawalDecisionPage(context, parent);
    case StepPageKind::WithdrawalCompletion:
        return new WithdrawalCompletionPage(context, parent);
    }
    return nullptr;
}

std::optional<StepPageKind> stepPageFor(const NextActions &next)
{
    if (next.can(WorkflowAction::DecideWithdrawal))
        return StepPageKind::WithdrawalDecision;
    if (next.can(WorkflowAction::CompleteWithdrawal))
        return StepPageKind::WithdrawalCompletion;
    if (!next.nextStep)
        return std::nullopt;
    switch (*next.nextStep) {
    case SopStep::RequestLetter:
        return StepPageKind::RequestLetter;
    case SopStep::Disposition:
        return StepPageKind::Disposition;
    case SopStep::CapacityCheck:
        return StepPageKind::CapacityCheck;
    case SopStep::Application:
        return StepPageKind::Application;
    case SopStep::Approval:
        return StepPageKind::Approval;
    case SopStep::Notification:
        return StepPageKind::Notification;
    case SopStep::Delivery:
        return StepPageKind::Delivery;
    case SopStep::Handover:
        return StepPageKind::Handover;
    case SopStep::Completion:
        return StepPageKind::Completion;
    }
    return std::nullopt;
}

StepPage *createNextStepPage(qint64 requestId, UiContext &context, QWidget *parent, Error *error)
{
    auto next = context.workflow.nextActions(requestId);
    if (!next.ok()) {
        if (error)
            *error = next.error();
        return nullptr;
    }
    const std::optional<StepPageKind> kind = stepPageFor(*next);
    if (!kind)
        return nullptr;
    StepPage *page = createStepPage(*kind, context, parent);
    page->load(requestId);
    return page;
}

QString stepPageTitle(StepPageKind kind)
{
    const char *title = "";
    switch (kind) {
    case StepPageKind::RequestLetter:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 1: Request letter");
        break;
    case StepPageKind::Disposition:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 2: Disposition");
        break;
    case StepPageKind::CapacityCheck:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 3: Capacity check");
        break;
    case StepPageKind::Application:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 4: Application form (pengajuan)");
        break;
    case StepPageKind::Approval:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 5: Approval form (persetujuan)");
        break;
    case StepPageKind::Notification:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 6: Notification of the unit");
        break;
    case StepPageKind::Delivery:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 7: Delivery of the server");
        break;
    case StepPageKind::Handover:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 8: Handover (serah terima)");
        break;
    case StepPageKind::Completion:
        title = QT_TRANSLATE_NOOP("StepPages", "Step 9: Completion report");
        break;
    case StepPageKind::WithdrawalRegistration:
        title = QT_TRANSLATE_NOOP("StepPages", "Withdrawal (pencabutan): the unit's letter");
        break;
    case StepPageKind::WithdrawalDecision:
        title = QT_TRANSLATE_NOOP("StepPages",
                                  "Withdrawal (pencabutan): decision of the head of division");
        break;
    case StepPageKind::WithdrawalCompletion:
        title = QT_TRANSLATE_NOOP("StepPages", "Withdrawal (pencabutan): completion");
        break;
    }
    return QCoreApplication::translate("StepPages", title);
}

} // namespace kolokasi
