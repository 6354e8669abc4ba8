#include "IpPoolTableModel.h"

#include "RetiredRecords.h"
#include "domain/InUseLimits.h"
#include "services/FacilityService.h"

#include <QLocale>

#include <limits>

namespace kolokasi {

IpPoolTableModel::IpPoolTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void IpPoolTableModel::setShowRetired(bool show)
{
    m_showRetired = show;
    reload();
}

void IpPoolTableModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_lastError.clear();
    auto pools =
        FacilityService(m_db).pools(m_showRetired ? Listing::WithRetired : Listing::InService);
    if (!pools.ok())
        m_lastError = pools.error().message;
    for (const IpPool &pool : pools.ok() ? *pools : QList<IpPool>()) {
        auto holdings = FacilityService(m_db).holdingsOfPool(pool.id);
        if (!holdings.ok()) {
            m_lastError = holdings.error().message;
            break;
        }
        const int used = int(holdings->size());
        m_lines.append({pool, used, InUseLimits::freeAddresses(pool, used)});
    }
    endResetModel();
}

int IpPoolTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines[row].pool.id == id)
            return row;
    }
    return -1;
}

int IpPoolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int IpPoolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IpPoolTableModel::text(const Line &line, int column) const
{
    switch (column) {
    case NameColumn:
        return line.pool.name;
    case CidrColumn:
        return line.pool.cidr;
    case GatewayColumn:
        return line.pool.gateway;
    case ScopeColumn:
        return line.pool.isPublic ? tr("Public") : tr("Private");
    case UsedColumn:
        return QLocale().toString(line.used);
    case FreeColumn:
        return line.free == std::numeric_limits<quint64>::max() ? tr("very many")
                                                                : QLocale().toString(line.free);
    case NoteColumn:
        return line.pool.note;
    case StateColumn:
        return RetiredRecords::stateText(line.pool.isRetired());
    default:
        return {};
    }
}

QVariant IpPoolTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case Qt::ForegroundRole:
        return RetiredRecords::foreground(line.pool.isRetired());
    case Qt::TextAlignmentRole:
        return index.column() == UsedColumn || index.column() == FreeColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant IpPoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Pool");
    case CidrColumn:
        return tr("Network (CIDR)");
    case GatewayColumn:
        return tr("Gateway");
    case ScopeColumn:
        return tr("Scope");
    case UsedColumn:
        return tr("Used");
    case FreeColumn:
        return tr("Free");
    case NoteColumn:
        return tr("Note");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kolokasi
