#include "RackTableModel.h"

#include "RetiredRecords.h"
#include "capacity/CapacityCalculator.h"
#include "services/DataCentreService.h"

#include <QHash>
#include <QLocale>

namespace kolokasi {

RackTableModel::RackTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void RackTableModel::setNoc(qint64 nocId)
{
    m_nocId = nocId;
    reload();
}

void RackTableModel::setShowRetired(bool show)
{
    m_showRetired = show;
    reload();
}

void RackTableModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_lastError.clear();
    auto racks = DataCentreService(m_db).racksOf(m_nocId, m_showRetired ? Listing::WithRetired
                                                                           : Listing::InService);
    auto snapshot = CapacityCalculator(m_db).snapshot();
    if (!racks.ok() || !snapshot.ok()) {
        m_lastError = !racks.ok() ? racks.error().message : snapshot.error().message;
        endResetModel();
        return;
    }
    QHash<qint64, RackCapacity> capacities;
    for (const RackCapacity &capacity : snapshot->racks)
        capacities.insert(capacity.rack.id, capacity);
    for (const Rack &rack : *racks) {
        // A retired rack is empty: it was only retired once nothing was placed in it.
        const RackCapacity capacity =
            capacities.value(rack.id, RackCapacity{rack, {{1, rack.heightU}}, 0});
        m_lines.append(
            {rack, rack.heightU - capacity.freeUnits(), capacity.freeUnits(), capacity.usedPowerW});
    }
    endResetModel();
}

int RackTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines[row].rack.id == id)
            return row;
    }
    return -1;
}

int RackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RackTableModel::text(const Line &line, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return line.rack.name;
    case PositionColumn:
        return line.rack.position;
    case HeightColumn:
        return tr("%1 U").arg(line.rack.heightU);
    case UsedUnitsColumn:
        return tr("%1 U").arg(line.usedUnits);
    case FreeUnitsColumn:
        return tr("%1 U").arg(line.freeUnits);
    case PowerColumn:
        return tr("%1 / %2 W")
            .arg(locale.toString(line.usedPowerW), locale.toString(line.rack.powerBudgetW));
    case StateColumn:
        return RetiredRecords::stateText(line.rack.isRetired());
    default:
        return {};
    }
}

QVariant RackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(line, index.column());
    case Qt::ForegroundRole:
        return RetiredRecords::foreground(line.rack.isRetired());
    case Qt::TextAlignmentRole:
        return index.column() >= HeightColumn && index.column() <= PowerColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant RackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Rack");
    case PositionColumn:
        return tr("Row / position");
    case HeightColumn:
        return tr("Height");
    case UsedUnitsColumn:
        return tr("Units used");
    case FreeUnitsColumn:
        return tr("Units free");
    case PowerColumn:
        return tr("Power used / budget");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace kolokasi
