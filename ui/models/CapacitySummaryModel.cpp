#include "CapacitySummaryModel.h"

#include "capacity/CapacityCalculator.h"
#include "services/DataCentreService.h"

#include <QFont>
#include <QLocale>

namespace kolokasi {

CapacitySummaryModel::CapacitySummaryModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void CapacitySummaryModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_lastError.clear();
    auto nocs = DataCentreService(m_db).nocs();
    auto snapshot = CapacityCalculator(m_db).snapshot();
    if (!nocs.ok() || !snapshot.ok()) {
        m_lastError = !nocs.ok() ? nocs.error().message : snapshot.error().message;
        endResetModel();
        return;
    }
    // The total of every NOC, named as a total so that it does not read like one more NOC.
    Line whole{
        0, tr("All data centres"), 0, 0, 0, static_cast<int>(snapshot->freePublicAddresses.size())};
    for (const Noc &noc : *nocs) {
        Line line{noc.id, noc.name, 0, 0, 0, -1};
        for (const RackCapacity &rack : snapshot->racks) {
            if (rack.rack.nocId != noc.id)
                continue;
            line.freeUnits += rack.freeUnits();
            line.totalUnits += rack.rack.heightU;
            line.freePowerW += qMax(0, rack.powerHeadroomW());
        }
        whole.freeUnits += line.freeUnits;
        whole.totalUnits += line.totalUnits;
        whole.freePowerW += line.freePowerW;
        m_lines.append(line);
    }
    m_lines.append(whole);
    endResetModel();
}

bool CapacitySummaryModel::isTotal(int row) const
{
    return row == m_lines.size() - 1 && m_lines.at(row).nocId == 0;
}

int CapacitySummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int CapacitySummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapacitySummaryModel::value(const Line &line, int column)
{
    switch (column) {
    case FreeUnitsColumn:
        return line.freeUnits;
    case TotalUnitsColumn:
        return line.totalUnits;
    case FreePowerColumn:
        return line.freePowerW;
    case FreePublicIpsColumn:
        return line.freePublicIps < 0 ? QVariant() : QVariant(line.freePublicIps);
    default:
        return {};
    }
}

QVariant CapacitySummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case NocIdRole:
        return line.nocId;
    case ValueRole:
        return value(line, index.column());
    case TotalRole:
        return isTotal(index.row());
    case Qt::FontRole: {
        if (!isTotal(index.row()))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        if (index.column() == FreePublicIpsColumn && line.freePublicIps < 0)
            return tr("Public IP pools belong to the whole data centre, not to one NOC: "
                      "see the last row.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NocColumn ? QVariant()
                                           : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (index.column() == NocColumn)
        return line.name;
    const QVariant number = value(line, index.column());
    if (!number.isValid())
        return QStringLiteral("\u2013"); // not counted per NOC: a dash, not a blank cell
    const QString text = QLocale().toString(number.toInt());
    switch (index.column()) {
    case FreeUnitsColumn:
    case TotalUnitsColumn:
        return tr("%1 U").arg(text);
    case FreePowerColumn:
        return tr("%1 W").arg(text);
    default:
        return text;
    }
}

QVariant CapacitySummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NocColumn:
        return tr("NOC");
    case FreeUnitsColumn:
        return tr("Free rack units");
    case TotalUnitsColumn:
        return tr("Rack units");
    case FreePowerColumn:
        return tr("Free rack power");
    case FreePublicIpsColumn:
        return tr("Free public IPs");
    default:
        return {};
    }
}

} // namespace kolokasi
