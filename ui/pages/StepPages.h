#pragma once

#include "common/Result.h"
#include "workflow/NextActions.h"

#include <QString>

#include <optional>

class QWidget;

namespace kolokasi {

class StepPage;
struct UiContext;

/// The pages of the request procedure, one per SOP step and per pencabutan stage.
enum class StepPageKind
{
    RequestLetter,          // 1 surat permohonan (also "Permohonan baru")
    Disposition,            // 2 disposisi
    CapacityCheck,          // 3 cek kapasitas
    Application,            // 4 pengajuan
    Approval,               // 5 persetujuan
    Notification,           // 6 pemberitahuan
    Delivery,               // 7 penyerahan
    Handover,               // 8 serah terima
    Completion,             // 9 laporan selesai
    WithdrawalRegistration, // pencabutan: the unit's letter
    WithdrawalDecision,     // pencabutan: the head of division's decision
    WithdrawalCompletion,   // pencabutan: the server removed, units and IPs freed
};

/// A new page of `kind`; the caller owns it (through `parent`) and calls load(requestId).
/// For WithdrawalRegistration, load() takes the completed placement request whose asset is
/// withdrawn, and saved() reports the new withdrawal request.
StepPage *createStepPage(StepPageKind kind, UiContext &context, QWidget *parent = nullptr);

/// The page that continues a request, from what the core says can be done next (its
/// nextActions); nothing when no step is left (closed, complete: only cancel, correct or
/// start a withdrawal, which the request view offers itself).
std::optional<StepPageKind> stepPageFor(const NextActions &next);

/// The page of the request's next step, loaded; nullptr when no step is left or the request
/// cannot be read (`error` then says why, if given).
StepPage *createNextStepPage(qint64 requestId, UiContext &context, QWidget *parent = nullptr,
                             Error *error = nullptr);

/// The page's title as the screens show it, e.g. "Langkah 2: Disposisi".
QString stepPageTitle(StepPageKind kind);

} // namespace kolokasi
