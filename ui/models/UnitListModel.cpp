#include "UnitListModel.h"

#include "PeopleNames.h"
#include "RetiredRecords.h"
#include "services/MasterData.h"

namespace kolokasi {

namespace {
QList<RowColumn<Unit>> unitColumns()
{
    return {
        {[] { return UnitListModel::tr("Unit"); },
         [](const Unit &unit) { return unit.name; },
         {},
         [](const Unit &unit) { return unit.name; }}, // long names are cut in the list
        {[] { return UnitListModel::tr("Code"); }, [](const Unit &unit) { return unit.shortName; }},
        {[] { return UnitListModel::tr("Status"); },
         [](const Unit &unit) { return unit.isRetired() ? PeopleNames::retired() : QString(); }},
    };
}
} // namespace

UnitListModel::UnitListModel(Database &db, QObject *parent)
    : RowListModel<Unit>(unitColumns(), parent), m_db(db)
{
}

void UnitListModel::setSearch(const QString &text, bool withRetired)
{
    m_search = text;
    m_withRetired = withRetired;
    static_cast<void>(reload()); // kept in loadStatus() for the page
}

Status UnitListModel::reload()
{
    return load(MasterData(m_db).search(m_search, m_withRetired ? MasterData::Retired::Included
                                                                : MasterData::Retired::Excluded));
}

int UnitListModel::rowOf(qint64 id) const
{
    return findRow([id](const Unit &unit) { return unit.id == id; });
}

QVariant UnitListModel::rowData(const Unit &unit, int column, int role) const
{
    Q_UNUSED(column)
    if (role == IdRole)
        return unit.id;
    if (role == Qt::ForegroundRole)
        return RetiredRecords::foreground(unit.isRetired());
    return {};
}

} // namespace kolokasi
