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
        return new ReportStepPage(context, 6, parent);
    case StepPageKind::Delivery:
        return new ReportStepPage(context, 7, parent);
    case StepPageKind::Handover:
        return new HandoverStepPage(context, parent);
    case StepPageKind::Completion:
        return new ReportStepPage(context, 9, parent);
    case StepPageKind::WithdrawalRegistration:
        return new WithdrawalRegistrationPage(context, parent);
    case StepPageKind::WithdrawalDecision:
        return new WithdrawalDecisionPage(context, parent);
    case StepPageKind::WithdrawalCompletion:
        return new WithdrawalCompletionPage(context, parent);
    }
    return nullptr;
}

std::optional<StepPageKind> nextStepPage(const Request &request)
{
    if (request.status != RequestStatus::Open)
        return std::nullopt;
    if (request.kind == RequestKind::Withdrawal)
        return request.step < 5 ? StepPageKind::WithdrawalDecision
                                : StepPageKind::WithdrawalCompletion;
    switch (request.step + 1) {
    case 1:
        return StepPageKind::RequestLetter;
    case 2:
        return StepPageKind::Disposition;
    case 3:
        return StepPageKind::CapacityCheck;
    case 4:
        return StepPageKind::Application;
    case 5:
        return StepPageKind::Approval;
    case 6:
        return StepPageKind::Notification;
    case 7:
        return StepPageKind::Delivery;
    case 8:
        return StepPageKind::Handover;
    case 9:
        return StepPageKind::Completion;
    default:
        return std::nullopt;
    }
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
