#include "RequestTimelineModel.h"

#include "DurationText.h"
#include "StatePalette.h"
#include "store/Database.h"
#include "services/SettingsService.h"
#include "workflow/RequestWorkflow.h"
#include "workflow/ServiceTiming.h"

#include <QBrush>
#include <QLocale>

namespace kolokasi {

namespace {
// Actions that do not finish a step (see ServiceTiming).
bool finishesStep(const RequestEvent &event)
{
    static const QStringList others{QStringLiteral("correction"), QStringLiteral("document"),
                                    QStringLiteral("cancel")};
    return !others.contains(event.action);
}

const RequestEvent *doneEvent(const QList<RequestEvent> &history, SopStep step)
{
    for (const RequestEvent &event : history) {
        if (event.step == step && finishesStep(event))
            return &event;
    }
    return nullptr;
}

// A pencabutan has three stages of its own, stored under the steps they correspond to.
QString titleOf(const Request &request, SopStep step)
{
    if (request.kind != RequestKind::Withdrawal)
        return QStringLiteral("%1. %2").arg(SopSteps::number(step)).arg(SopSteps::name(step));
    switch (step) {
    case SopStep::RequestLetter:
        return RequestTimelineModel::tr("1. withdrawal letter");
    case SopStep::Approval:
        return RequestTimelineModel::tr("2. head of division's decision");
    default:
        return RequestTimelineModel::tr("3. withdrawal completed");
    }
}

QList<SopStep> stepsOf(const Request &request)
{
    if (request.kind == RequestKind::Withdrawal)
        return {SopStep::RequestLetter, SopStep::Approval, SopStep::Completion};
    return SopSteps::all();
}
} // namespace

RequestTimelineModel::RequestTimelineModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void RequestTimelineModel::setRequest(qint64 requestId)
{
    m_requestId = requestId;
    reload();
}

void RequestTimelineModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_lastError.clear();
    auto dossier = m_requestId > 0 ? RequestWorkflow(m_db).dossier(m_requestId)
                                   : Result<RequestDossier>(RequestDossier{});
    auto calendar = SettingsService(m_db).workingCalendar();
    if (!dossier.ok() || !calendar.ok()) {
        m_lastError = !dossier.ok() ? dossier.error().message : calendar.error().message;
        endResetModel();
        return;
    }
    if (m_requestId <= 0) {
        endResetModel();
        return;
    }
    const Request &request = dossier->request;
    m_workingDaySeconds = calendar->workingDaySeconds();
    const RequestTiming timing =
        request.kind == RequestKind::Placement
            ? ServiceTiming::evaluate(request, dossier->history, *calendar, m_db.clock().now())
            : RequestTiming{};
    const bool open = request.status == RequestStatus::Open;
    for (SopStep step : stepsOf(request)) {
        Line line;
        line.step = step;
        line.title = titleOf(request, step);
        if (const RequestEvent *done = doneEvent(dossier->history, step)) {
            line.state = StepState::Done;
            line.actor = done->actor;
            line.doneAt = done->at;
        } else if (open && (m_lines.isEmpty() || m_lines.last().state == StepState::Done)) {
            line.state = StepState::Current;
        } else {
            line.state = open ? StepState::ToCome : StepState::NotReached;
        }
        line.standardSeconds =
            request.kind == RequestKind::Placement ? SopSteps::standardSeconds(step, *calendar) : 0;
        for (const StepTiming &measured : timing.steps) {
            if (measured.step == step) {
                line.elapsedSeconds = measured.elapsedSeconds;
                line.overdue = measured.overdue();
            }
        }
        m_lines.append(line);
    }
    endResetModel();
}

int RequestTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RequestTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.column());
    case StepRole:
        return SopSteps::number(line.step);
    case StepStateRole:
        return static_cast<int>(line.state);
    case OverdueRole:
        return line.overdue;
    case ElapsedSecondsRole:
        return line.elapsedSeconds;
    case StandardSecondsRole:
        return line.standardSeconds;
    case Qt::ForegroundRole:
        return line.overdue && index.column() == ElapsedColumn
                   ? QVariant(QBrush(StatePalette::colour(PaletteState::Overdue)))
                   : QVariant();
    default:
        return {};
    }
}

QVariant RequestTimelineModel::display(const Line &line, int column) const
{
    switch (column) {
    case StepColumn:
        return line.title;
    case StateColumn:
        return line.overdue ? tr("%1, overdue").arg(stateWord(line.state)) : stateWord(line.state);
    case ByColumn:
        return line.actor;
    case AtColumn:
        return line.doneAt.isValid()
                   ? QLocale().toString(line.doneAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ElapsedColumn:
        return line.elapsedSeconds < 0 ? QString()
                                       : DurationText::of(line.elapsedSeconds, m_workingDaySeconds);
    case StandardColumn:
        return line.standardSeconds <= 0
                   ? QString()
                   : DurationText::of(line.standardSeconds, m_workingDaySeconds);
    default:
        return {};
    }
}

QString RequestTimelineModel::stateWord(StepState state)
{
    switch (state) {
    case StepState::Done:
        return tr("done");
    case StepState::Current:
        return tr("current");
    case StepState::ToCome:
        return tr("to come");
    case StepState::NotReached:
        return tr("not reached");
    }
    return {};
}

QVariant RequestTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StateColumn:
        return tr("State");
    case ByColumn:
        return tr("By");
    case AtColumn:
        return tr("Done on");
    case ElapsedColumn:
        return tr("Time taken");
    case StandardColumn:
        return tr("Standard");
    default:
        return {};
    }
}

} // namespace kolokasi
