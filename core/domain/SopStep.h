#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kolokasi {

class WorkingCalendar;

/// The nine steps of the SOP's request procedure, numbered as the SOP numbers them.
/// A request's `step` is the last step it has done: a new request stands at RequestLetter,
/// and the step to do next is SopSteps::next(step). Withdrawals (pencabutan) use three of
/// them: RequestLetter (registered), Approval (decided), Completion (done).
enum class SopStep
{
    RequestLetter = 1, // surat permohonan
    Disposition,       // disposisi
    CapacityCheck,     // cek kapasitas
    Application,       // pengajuan
    Approval,          // persetujuan
    Notification,      // pemberitahuan
    Delivery,          // penyerahan server
    Handover,          // serah terima
    Completion,        // laporan selesai
};

/// How long a step may take by the SOP (mutu baku, "Waktu").
enum class ServiceStandard
{
    None,
    QuarterHour,
    Hour,
    WorkingDay
};

/// The SOP's step table: name, service standard, previous step and the history action
/// recorded when the step is done. The only place that knows these per step.
class SopSteps
{
    Q_DECLARE_TR_FUNCTIONS(SopSteps)

public:
    /// The nine steps in order.
    static const QList<SopStep> &all();
    /// The SOP's number of a step (1..9), as stored.
    static int number(SopStep step);
    /// The step numbered `number`, or nothing outside 1..9.
    static std::optional<SopStep> fromNumber(int number);
    /// The step stored as `number`; a number outside 1..9 (impossible under the schema's
    /// CHECK) reads as RequestLetter.
    static SopStep fromStored(int number);
    /// The step's name in the UI language ("disposition").
    static QString name(SopStep step);
    /// The step a request must have done before `step` can be done; none for RequestLetter.
    static std::optional<SopStep> previous(SopStep step);
    /// The step after `step`; none after Completion.
    static std::optional<SopStep> next(SopStep step);
    /// The history action recorded when `step` is done and the request moves on
    /// ("register", "dispose", ..., "complete").
    static QString action(SopStep step);
    /// The service standard of `step`; None for the unit's letter.
    static ServiceStandard standard(SopStep step);
    /// The standard of `step` in seconds of office time under `calendar` (0 for None).
    static qint64 standardSeconds(SopStep step, const WorkingCalendar &calendar);
    /// The whole procedure's standard: 4 working days (Kaltim SOP).
    static qint64 totalStandardSeconds(const WorkingCalendar &calendar);
};

} // namespace kolokasi
