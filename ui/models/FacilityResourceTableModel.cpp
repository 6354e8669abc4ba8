#include "FacilityResourceTableModel.h"

#include "RetiredRecords.h"
#include "services/FacilityService.h"

#include <QLocale>

namespace kolokasi {

FacilityResourceTableModel::FacilityResourceTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void FacilityResourceTableModel::setShowRetired(bool show)
{
    m_showRetired = show;
    reload();
}

void FacilityResourceTableModel::reload()
{
    beginResetModel();
    m_resources.clear();
    m_lastError.clear();
    auto resources = FacilityService(m_db).resources(m_showRetired ? Listing::WithRetired
                                                                      : Listing::InService);
    if (resources.ok())
        m_resources = *resources;
    else
        m_lastError = resources.error().message;
    endResetModel();
}

int FacilityResourceTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_resources.size(); ++row) {
        if (m_resources[row].id == id)
            return row;
    }
    return -1;
}

QString FacilityResourceTableModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("ups"))
        return tr("UPS");
    if (kind == QLatin1String("genset"))
        return tr("Genset");
    return tr("Bandwidth");
}

int FacilityResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

int FacilityResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacilityResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FacilityResource &resource = m_resources.at(index.row());
    if (role == Qt::ForegroundRole)
        return RetiredRecords::foreground(resource.isRetired());
    if (role == Qt::TextAlignmentRole && index.column() == CapacityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindName(resource.kind);
    case NameColumn:
        return resource.name;
    case CapacityColumn:
        return QStringLiteral("%1 %2").arg(
            QLocale().toString(resource.capacity, 'f', QLocale::FloatingPointShortest),
            FacilityResource::unitOf(resource.kind));
    case StateColumn:
        return RetiredRecords::stateText(resource.isRetired());
    default:
        return {};
    }
}

QVariant FacilityResourceTableModel::headerData(int section, Qt::Orientation orientation,
                                                int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case CapacityColumn:
        return tr("Capacity");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kolokasi
