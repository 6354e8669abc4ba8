#pragma once

#include "CapacityCheckStep.h"
#include "NextActions.h"
#include "capacity/PlacementPlanner.h"
#include "common/Result.h"
#include "domain/Application.h"
#include "domain/Approval.h"
#include "domain/Correction.h"
#include "domain/Disposition.h"
#include "domain/Handover.h"
#include "domain/RequestDossier.h"
#include "domain/RequestEvent.h"
#include "domain/RequestLetter.h"

#include <QList>

namespace kolokasi {

class ChangeNotifier;
class Database;

/// The SOP's request procedure in one place for screens and commands. Each call is one
/// transaction that checks the request is open and at the right step, writes the step's
/// data, moves the request on (or closes it), and records who, when and what in its history
/// and the audit log. The rules of each step live in its own class (RequestLetterStep,
/// DispositionStep, CapacityCheckStep, ApplicationStep, ApprovalStep, NotificationStep,
/// DeliveryStep, HandoverStep, CompletionStep, Cancellation, CorrectionStep, WithdrawalProcess).
class RequestWorkflow
{
public:
    explicit RequestWorkflow(Database &db) : m_db(db) {}

    /// After each successful call that writes, `notifier` (if set; not owned) announces
    /// which request changed and whether placements did, here and to other admins.
    void setNotifier(ChangeNotifier *notifier) { m_notifier = notifier; }
    ChangeNotifier *notifier() const { return m_notifier; }

    /// Step 1: registers the letter and its servers.
    Result<Request> registerLetter(const RequestLetter &letter);
    /// Step 2: disposition.
    Status dispose(qint64 requestId, const Disposition &disposition);
    /// Step 3: the capacity check; "not available" closes the request.
    Result<CapacityCheck> checkCapacity(qint64 requestId, const CapacityDecision &decision);
    /// A proposed placement (rack, first U, IPs) for the request's servers, best fit first.
    Result<PlacementProposal> proposePlacement(qint64 requestId) const;
    /// Step 4: the PENGAJUAN form.
    Status fillApplication(qint64 requestId, const Application &application);
    /// Step 5: the PERSETUJUAN (approve with a block per server, or reject with reasons).
    Status decide(qint64 requestId, const Approval &approval);
    /// Step 6: the unit was informed.
    Status notifyUnit(qint64 requestId, const QString &note = {});
    /// Step 7: the unit delivered the server(s).
    Status recordDelivery(qint64 requestId, const QString &note = {});
    /// Step 8: SERAH TERIMA: spec check, placement, asset register.
    Status handOver(qint64 requestId, const Handover &handover);
    /// Step 9: the completion report; the request is completed.
    Status reportCompletion(qint64 requestId, const QString &note = {});
    /// Cancels a request before the handover.
    Status cancel(qint64 requestId, const QString &reason);
    /// Corrects a value entered at an earlier step (recorded in the history).
    Result<RequestEvent> correct(const Correction &correction);

    /// Pencabutan: registers a withdrawal of an active asset.
    Result<Request> registerWithdrawal(const WithdrawalLetter &letter);
    /// Pencabutan: the head of division's decision (reasons needed to reject).
    Status decideWithdrawal(qint64 requestId, bool approved, const QString &decidedBy, const QString &reasons = {});
    /// Pencabutan: the server was removed; units and IPs are freed, the asset withdrawn.
    Status completeWithdrawal(qint64 requestId, const QDate &withdrawnOn = {});

    /// Every problem of a step's input at once, so a form can mark all its bad fields (the
    /// step call itself refuses with the first). Pure checks: nothing is written. Each
    /// Error::field is a FormField name ("servers.<n>.<field>" for a server's row).
    QList<Error> validateLetter(const RequestLetter &letter) const;
    QList<Error> validateDisposition(const Disposition &disposition) const;
    QList<Error> validateCapacityCheck(qint64 requestId, const CapacityDecision &decision) const;
    QList<Error> validateApplication(qint64 requestId, const Application &application) const;
    QList<Error> validateApproval(qint64 requestId, const Approval &approval) const;
    QList<Error> validateHandover(qint64 requestId, const Handover &handover) const;
    QList<Error> validateCancellation(const QString &reason) const;
    QList<Error> validateWithdrawal(const WithdrawalLetter &letter) const;

    /// What can be done with the request now (the buttons a screen enables) and the
    /// documents it has reached, from the core's rules.
    Result<NextActions> nextActions(qint64 requestId) const;

    /// Everything recorded about the request (steps, servers and placements, history).
    Result<RequestDossier> dossier(qint64 requestId) const;
    /// The request's history, oldest first.
    Result<QList<RequestEvent>> history(qint64 requestId) const;

private:
    /// Announces a change of `requestId` when `result` succeeded; returns `result`.
    template <typename R> R announced(R result, qint64 requestId, bool placements = false) const;

    Database &m_db;
    ChangeNotifier *m_notifier = nullptr;
};

} // namespace kolokasi
