#include "SopStep.h"

#include "calendar/WorkingCalendar.h"

#include <array>

namespace kolokasi {

namespace {
struct StepRow
{
    SopStep step;
    const char *name;
    ServiceStandard standard;
    const char *action;
};

// The SOP's table, in order; the previous step of a row is the row above it.
constexpr std::array<StepRow, 9> kSteps{{
    {SopStep::RequestLetter, QT_TRANSLATE_NOOP("SopSteps", "request letter"), ServiceStandard::None,
     "register"},
    {SopStep::Disposition, QT_TRANSLATE_NOOP("SopSteps", "disposition"),
     ServiceStandard::QuarterHour, "dispose"},
    {SopStep::CapacityCheck, QT_TRANSLATE_NOOP("SopSteps", "capacity check"), ServiceStandard::Hour,
     "capacity_check"},
    {SopStep::Application, QT_TRANSLATE_NOOP("SopSteps", "application form"),
     ServiceStandard::QuarterHour, "fill_application"},
    {SopStep::Approval, QT_TRANSLATE_NOOP("SopSteps", "approval"), ServiceStandard::QuarterHour,
     "approve"},
    {SopStep::Notification, QT_TRANSLATE_NOOP("SopSteps", "notification of the unit"),
     ServiceStandard::QuarterHour, "notify_unit"},
    {SopStep::Delivery, QT_TRANSLATE_NOOP("SopSteps", "server delivery"),
     ServiceStandard::WorkingDay, "deliver"},
    {SopStep::Handover, QT_TRANSLATE_NOOP("SopSteps", "handover"), ServiceStandard::WorkingDay,
     "handover"},
    {SopStep::Completion, QT_TRANSLATE_NOOP("SopSteps", "completion report"),
     ServiceStandard::QuarterHour, "complete"},
}};

constexpr qint64 kQuarterHour = 15 * 60;
constexpr qint64 kHour = 60 * 60;
constexpr int kTotalWorkingDays = 4;

const StepRow &rowOf(SopStep step)
{
    return kSteps[static_cast<std::size_t>(static_cast<int>(step) - 1)];
}
} // namespace

const QList<SopStep> &SopSteps::all()
{
    static const QList<SopStep> steps = [] {
        QList<SopStep> list;
        for (const StepRow &row : kSteps)
            list.append(row.step);
        return list;
    }();
    return steps;
}

int SopSteps::number(SopStep step)
{
    return static_cast<int>(step);
}

std::optional<SopStep> SopSteps::fromNumber(int number)
{
    if (number < 1 || number > static_cast<int>(kSteps.size()))
        return std::nullopt;
    return kSteps[static_cast<std::size_t>(number - 1)].step;
}

SopStep SopSteps::fromStored(int number)
{
    return fromNumber(number).value_or(SopStep::RequestLetter);
}

QString SopSteps::name(SopStep step)
{
    return QCoreApplication::translate("SopSteps", rowOf(step).name);
}

std::optional<SopStep> SopSteps::previous(SopStep step)
{
    return fromNumber(number(step) - 1);
}

std::optional<SopStep> SopSteps::next(SopStep step)
{
    return fromNumber(number(step) + 1);
}

QString SopSteps::action(SopStep step)
{
    return QString::fromLatin1(rowOf(step).action);
}

ServiceStandard SopSteps::standard(SopStep step)
{
    return rowOf(step).standard;
}

qint64 SopSteps::standardSeconds(SopStep step, const WorkingCalendar &calendar)
{
    switch (standard(step)) {
    case ServiceStandard::None:
        return 0;
    case ServiceStandard::QuarterHour:
        return kQuarterHour;
    case ServiceStandard::Hour:
        return kHour;
    case ServiceStandard::WorkingDay:
        return calendar.workingDaySeconds();
    }
    return 0;
}

qint64 SopSteps::totalStandardSeconds(const WorkingCalendar &calendar)
{
    return kTotalWorkingDays * calendar.workingDaySeconds();
}

} // namespace kolokasi
