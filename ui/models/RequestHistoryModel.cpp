#include "RequestHistoryModel.h"

#include "workflow/RequestWorkflow.h"

#include <QHash>
#include <QLocale>

namespace kolokasi {

RequestHistoryModel::RequestHistoryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void RequestHistoryModel::setRequest(qint64 requestId)
{
    m_requestId = requestId;
    reload();
}

void RequestHistoryModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_lastError.clear();
    if (m_requestId > 0) {
        auto history = RequestWorkflow(m_db).history(m_requestId);
        if (history.ok())
            m_events = *history;
        else
            m_lastError = history.error().message;
    }
    endResetModel();
}

QString RequestHistoryModel::actionText(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("register"), QT_TR_NOOP("Letter registered")},
        {QStringLiteral("dispose"), QT_TR_NOOP("Disposed")},
        {QStringLiteral("capacity_check"), QT_TR_NOOP("Capacity available")},
        {QStringLiteral("close_no_capacity"), QT_TR_NOOP("Closed: no capacity")},
        {QStringLiteral("fill_application"), QT_TR_NOOP("Application filled")},
        {QStringLiteral("approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("reject"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("notify_unit"), QT_TR_NOOP("Unit notified")},
        {QStringLiteral("deliver"), QT_TR_NOOP("Server delivered")},
        {QStringLiteral("handover"), QT_TR_NOOP("Handed over")},
        {QStringLiteral("complete"), QT_TR_NOOP("Completed")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("correction"), QT_TR_NOOP("Corrected")},
        {QStringLiteral("document"), QT_TR_NOOP("Document issued")},
        {QStringLiteral("approve_withdrawal"), QT_TR_NOOP("Withdrawal approved")},
        {QStringLiteral("reject_withdrawal"), QT_TR_NOOP("Withdrawal rejected")},
        {QStringLiteral("complete_withdrawal"), QT_TR_NOOP("Withdrawal completed")},
    };
    const auto word = words.constFind(action);
    return word == words.constEnd() ? action : tr(*word);
}

QString RequestHistoryModel::details(const RequestEvent &event)
{
    if (event.action == QLatin1String("correction"))
        return tr("%1: \"%2\" → \"%3\" (%4)")
            .arg(event.field, event.oldValue, event.newValue, event.reason);
    if (event.action == QLatin1String("document"))
        return QStringLiteral("%1 %2").arg(event.field, event.newValue);
    if (!event.reason.isEmpty())
        return event.reason;
    return event.details;
}

int RequestHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int RequestHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestEvent &event = m_events.at(index.row());
    if (role == ActionRole)
        return event.action;
    if (role == IsCorrectionRole)
        return event.action == QLatin1String("correction");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return event.actor;
    case StepColumn:
        return QStringLiteral("%1. %2")
            .arg(SopSteps::number(event.step))
            .arg(SopSteps::name(event.step));
    case ActionColumn:
        return actionText(event.action);
    case DetailsColumn:
        return details(event);
    default:
        return {};
    }
}

QVariant RequestHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case StepColumn:
        return tr("Step");
    case ActionColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kolokasi
