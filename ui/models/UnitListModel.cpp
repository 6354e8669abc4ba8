#include "UnitListModel.h"

#include "PeopleNames.h"
#include "services/MasterData.h"

#include <QPalette>

namespace kolokasi {

UnitListModel::UnitListModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
}

void UnitListModel::setSearch(const QString &text, bool withRetired)
{
    m_search = text;
    m_withRetired = withRetired;
    reload();
}

void UnitListModel::reload()
{
    beginResetModel();
    const auto found =
        MasterData(m_db).search(m_search, m_withRetired ? MasterData::Retired::Included
                                                            : MasterData::Retired::Excluded);
    m_units = found.ok() ? *found : QList<Unit>{};
    m_lastError = found.ok() ? QString() : found.error().message;
    endResetModel();
}

int UnitListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_units.size(); ++row) {
        if (m_units.at(row).id == id)
            return row;
    }
    return -1;
}

int UnitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const Unit &unit = m_units.at(index.row());
    if (role == IdRole)
        return unit.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return unit.name; // long names are cut in the list
    if (role == Qt::ForegroundRole && unit.isRetired())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return unit.name;
    case CodeColumn:
        return unit.shortName;
    case StateColumn:
        return unit.isRetired() ? PeopleNames::retired() : QString();
    }
    return {};
}

QVariant UnitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Unit");
    case CodeColumn:
        return tr("Code");
    case StateColumn:
        return tr("Status");
    }
    return {};
}

} // namespace kolokasi
