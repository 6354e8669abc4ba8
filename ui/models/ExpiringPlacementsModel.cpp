#include "ExpiringPlacementsModel.h"

#include "StatePalette.h"
#include "register/AssetRegister.h"
#include "store/Database.h"

#include <QBrush>
#include <QLocale>

namespace kolokasi {

ExpiringPlacementsModel::ExpiringPlacementsModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void ExpiringPlacementsModel::reload(const QDate &today, int days)
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    m_today = today.isValid() ? today : m_db.clock().today();
    m_total = 0;
    const AssetRegister assets(m_db);
    // Both in the index's order (expired first, oldest first): no line beyond the first rows is
    // read, however many there are.
    auto first = assets.firstValidityEndingWithin(days, m_today, kFirstRows);
    auto total = assets.count(AssetRegister::onlyValidityEndingWithin({}, days, m_today));
    if (first.ok() && total.ok()) {
        m_entries = *first;
        m_total = *total;
    } else {
        m_lastError = !first.ok() ? first.error().message : total.error().message;
    }
    endResetModel();
}

int ExpiringPlacementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ExpiringPlacementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExpiringPlacementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterEntry &entry = m_entries.at(index.row());
    const int daysLeft = static_cast<int>(m_today.daysTo(entry.asset.validUntil));
    switch (role) {
    case AssetIdRole:
        return entry.asset.id;
    case RequestIdRole:
        return entry.asset.requestId;
    case ExpiredRole:
        return daysLeft < 0;
    case DaysLeftRole:
        return daysLeft;
    case Qt::ForegroundRole:
        return daysLeft < 0 ? QVariant(QBrush(StatePalette::colour(PaletteState::Overdue)))
                            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RegisterNumberColumn:
        return entry.asset.registerNumber;
    case UnitColumn:
        return entry.unitName;
    case ServerColumn:
        return entry.serverName;
    case ValidUntilColumn:
        return QLocale().toString(entry.asset.validUntil, QLocale::ShortFormat);
    case DaysLeftColumn:
        if (daysLeft < 0)
            return daysLeft == -1 ? tr("expired yesterday")
                                  : tr("expired %1 days ago").arg(-daysLeft);
        return daysLeft == 1 ? tr("1 day left") : tr("%1 days left").arg(daysLeft);
    default:
        return {};
    }
}

QVariant ExpiringPlacementsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegisterNumberColumn:
        return tr("Register number");
    case UnitColumn:
        return tr("Unit");
    case ServerColumn:
        return tr("Server");
    case ValidUntilColumn:
        return tr("Valid until");
    case DaysLeftColumn:
        return tr("Validity");
    default:
        return {};
    }
}

} // namespace kolokasi
