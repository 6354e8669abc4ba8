#include "RequestListModel.h"

#include "RequestNames.h"
#include "ServiceStateBadge.h"
#include "workflow/RequestList.h"

#include <QLocale>

namespace kolokasi {

namespace {
std::optional<RequestSort> sortOf(int column)
{
    switch (column) {
    case RequestListModel::ReceivedColumn:
        return RequestSort::ByReceivedAt;
    case RequestListModel::LetterNumberColumn:
        return RequestSort::ByLetterNumber;
    case RequestListModel::LetterDateColumn:
        return RequestSort::ByLetterDate;
    case RequestListModel::UnitColumn:
        return RequestSort::ByUnit;
    case RequestListModel::SubjectColumn:
        return RequestSort::BySubject;
    case RequestListModel::DomainColumn:
        return RequestSort::ByDomain;
    case RequestListModel::ServiceColumn:
        return RequestSort::ByServiceType;
    case RequestListModel::StepColumn:
        return RequestSort::ByStep;
    case RequestListModel::StatusColumn:
        return RequestSort::ByStatus;
    default:
        return std::nullopt;
    }
}

// Never a colour alone: a closed request's grey badge says how it ended.
QString stateWord(const RequestSummary &line)
{
    return line.state == ServiceState::None ? RequestNames::status(line.status)
                                            : ServiceStateBadge::word(line.state);
}

// The step shown: the one running for an open request, else the last one done.
SopStep shownStep(const RequestSummary &line)
{
    if (line.status == RequestStatus::Open)
        return SopSteps::next(line.step).value_or(line.step);
    return line.step;
}
} // namespace

RequestListModel::RequestListModel(Database &db, QObject *parent, bool readNow)
    : QAbstractTableModel(parent), m_db(db)
{
    m_query.limit = kPageSize;
    if (readNow)
        reload();
}

void RequestListModel::setQuery(const RequestListQuery &query)
{
    const RequestSort sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    reload();
}

void RequestListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    auto total = RequestList(m_db).count(m_query);
    if (total.ok()) {
        m_total = *total;
        readPage(0, m_rows);
    } else {
        m_lastError = total.error().message;
    }
    endResetModel();
}

bool RequestListModel::readPage(int offset, QList<RequestSummary> &rows)
{
    RequestListQuery page = m_query;
    page.offset = offset;
    page.limit = kPageSize;
    auto lines = RequestList(m_db).page(page);
    if (!lines.ok()) {
        m_lastError = lines.error().message;
        return false;
    }
    rows = *lines;
    return true;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestSummary &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(line, index.column());
    case IdRole:
        return line.id;
    case StateRole:
        return static_cast<int>(line.state);
    case StateColourRole:
        return ServiceStateBadge::colour(line.state);
    case StateWordRole:
        return stateWord(line);
    case Qt::ToolTipRole:
        return index.column() == SubjectColumn ? line.subject : QVariant();
    default:
        return {};
    }
}

QVariant RequestListModel::display(const RequestSummary &line, int column) const
{
    const QLocale locale;
    switch (column) {
    case ReceivedColumn:
        return locale.toString(line.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case LetterNumberColumn:
        return line.letterNumber;
    case LetterDateColumn:
        return line.letterDate.isValid() ? locale.toString(line.letterDate, QLocale::ShortFormat)
                                         : QString();
    case UnitColumn:
        return line.unitName;
    case SubjectColumn:
        return line.subject;
    case DomainColumn:
        return line.domain;
    case ServiceColumn:
        return RequestNames::serviceType(line.serviceType);
    case StepColumn: {
        const SopStep step = shownStep(line);
        return QStringLiteral("%1. %2").arg(SopSteps::number(step)).arg(SopSteps::name(step));
    }
    case StatusColumn:
        return RequestNames::status(line.status);
    case StateColumn:
        return stateWord(line);
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case LetterNumberColumn:
        return tr("Letter number");
    case LetterDateColumn:
        return tr("Letter date");
    case UnitColumn:
        return tr("Unit");
    case SubjectColumn:
        return tr("Subject");
    case DomainColumn:
        return tr("Domain");
    case ServiceColumn:
        return tr("Service");
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case StateColumn:
        return tr("Service standard");
    default:
        return {};
    }
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<RequestSummary> more;
    if (!readPage(static_cast<int>(m_rows.size()), more) || more.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the list shrank meanwhile: stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void RequestListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    if (!sort)
        return;
    m_query.sort = *sort;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace kolokasi
