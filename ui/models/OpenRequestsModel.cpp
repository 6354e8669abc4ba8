#include "OpenRequestsModel.h"

#include "ServiceStateBadge.h"
#include "workflow/RequestList.h"

#include <QMap>

#include <algorithm>

namespace kolokasi {

namespace {
SopStep runningStep(const RequestSummary &line)
{
    return SopSteps::next(line.step).value_or(line.step);
}
} // namespace

OpenRequestsModel::OpenRequestsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void OpenRequestsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    m_countsByStep.clear();
    m_total = 0;
    RequestListQuery open;
    open.status = RequestStatus::Open;
    open.sort = RequestSort::ByReceivedAt;
    open.descending = false;
    open.limit = 0;
    auto lines = RequestList(m_db).page(open);
    if (lines.ok()) {
        m_rows = *lines;
        // Worst state first; the received order (oldest first) is kept within a state.
        std::stable_sort(
            m_rows.begin(), m_rows.end(),
            [](const RequestSummary &a, const RequestSummary &b) { return a.state > b.state; });
        m_total = int(m_rows.size());
        for (const RequestSummary &line : std::as_const(m_rows))
            ++m_countsByStep[SopSteps::number(runningStep(line))];
        // The screen shows the worst first; the request list has them all.
        if (m_rows.size() > kFirstRows)
            m_rows.resize(kFirstRows);
    } else {
        m_lastError = lines.error().message;
    }
    endResetModel();
}

int OpenRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OpenRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestSummary &line = m_rows.at(index.row());
    const SopStep step = runningStep(line);
    switch (role) {
    case IdRole:
        return line.id;
    case StepRole:
        return SopSteps::number(step);
    case StateRole:
        return static_cast<int>(line.state);
    case StateColourRole:
        return ServiceStateBadge::colour(line.state);
    case StateWordRole:
        return ServiceStateBadge::word(line.state);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StepColumn:
        return QStringLiteral("%1. %2").arg(SopSteps::number(step)).arg(SopSteps::name(step));
    case RequestColumn:
        return line.letterNumber.isEmpty()
                   ? line.subject
                   : QStringLiteral("%1: %2").arg(line.letterNumber, line.subject);
    case UnitColumn:
        return line.unitName;
    case StateColumn:
        return ServiceStateBadge::word(line.state);
    default:
        return {};
    }
}

QVariant OpenRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case RequestColumn:
        return tr("Request");
    case UnitColumn:
        return tr("Unit");
    case StateColumn:
        return tr("Service standard");
    default:
        return {};
    }
}

} // namespace kolokasi
