#pragma once

#include "domain/Request.h"

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

/// The page that continues `request` (the step after the one it reached), or nothing when the
/// request is closed or complete.
std::optional<StepPageKind> nextStepPage(const Request &request);

/// The page's title as the screens show it, e.g. "Langkah 2: Disposisi".
QString stepPageTitle(StepPageKind kind);

} // namespace kolokasi
