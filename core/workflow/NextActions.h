#pragma once

#include "domain/Request.h"
#include "domain/SopStep.h"

#include <QList>
#include <QString>

#include <optional>

namespace kolokasi {

struct RequestDossier;

/// What an admin can do with a request now; screens enable their buttons from this, never
/// from step numbers.
enum class WorkflowAction
{
    RegisterDisposition, // step 2
    CheckCapacity,       // step 3
    FillApplication,     // step 4
    Decide,              // step 5
    Notify,              // step 6
    RecordDelivery,      // step 7
    HandOver,            // step 8
    ReportCompletion,    // step 9
    Cancel,
    Correct,
    StartWithdrawal, // a completed request with an active asset: pencabutan
    DecideWithdrawal,
    CompleteWithdrawal,
};

/// A printed document of one request.
enum class RequestDocument
{
    CapacityReport,     // kapasitas (step 3)
    ApplicationForm,    // pengajuan (step 4)
    ApprovalForm,       // persetujuan (step 5)
    NotificationLetter, // pemberitahuan (step 6)
    HandoverForm,       // serah terima (step 8)
    CompletionReport,   // laporan selesai (step 9)
    WithdrawalForm,     // pencabutan
};

/// The facts beyond the request row that decide what comes next.
struct RequestFacts
{
    bool capacityChecked = false;
    bool applicationFilled = false;
    std::optional<bool> approved; // empty until decided
    bool handedOver = false;
    std::optional<bool> withdrawalApproved; // a withdrawal's decision
    bool hasWithdrawal = false;             // a withdrawal request's details exist
    int withdrawableAssets = 0; // active assets of the request without an open withdrawal

    /// The facts of `dossier`, with `withdrawableAssets` given.
    static RequestFacts of(const RequestDossier &dossier, int withdrawableAssets);
};

/// The actions and documents a request has reached.
struct NextActions
{
    QList<WorkflowAction> actions;
    QList<RequestDocument> documents;
    std::optional<SopStep> nextStep; // the step to do next; none when closed or complete

    bool can(WorkflowAction action) const { return actions.contains(action); }
    bool has(RequestDocument document) const { return documents.contains(document); }

    /// The rules (pure): what `request` with `facts` allows.
    static NextActions of(const Request &request, const RequestFacts &facts);
    /// The document type name the printouts and the command line use ("pengajuan", "kapasitas",
    /// ...).
    static QString documentName(RequestDocument document);
    /// The workflow action that does `step`; none for the unit's letter.
    static std::optional<WorkflowAction> actionFor(SopStep step);
};

} // namespace kolokasi
