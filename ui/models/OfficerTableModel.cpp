#include "OfficerTableModel.h"

#include "PeopleNames.h"
#include "RetiredRecords.h"
#include "services/MasterData.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
using Col = RowColumn<Officer>;

QList<Col> officerColumns()
{
    return {
        Col([] { return OfficerTableModel::tr("Name"); },
            [](const Officer &officer) { return officer.name; }),
        Col([] { return OfficerTableModel::tr("Kind"); },
            [](const Officer &officer) { return PeopleNames::kind(officer.kind); }),
        Col([] { return OfficerTableModel::tr("NIP / NI PPPK"); },
            [](const Officer &officer) { return Nip::formatted(officer.nip); }),
        Col([] { return OfficerTableModel::tr("Position"); },
            [](const Officer &officer) { return officer.position; }),
        Col([] { return OfficerTableModel::tr("Phone"); },
            [](const Officer &officer) { return officer.phone; }),
        Col([] { return OfficerTableModel::tr("E-mail"); },
            [](const Officer &officer) { return officer.email; }),
        Col([] { return OfficerTableModel::tr("Status"); },
            [](const Officer &officer) {
                return officer.isRetired() ? PeopleNames::retired() : QString();
            }),
    };
}
} // namespace

OfficerTableModel::OfficerTableModel(Database &db, QObject *parent)
    : RowListModel<Officer>(officerColumns(), parent), m_db(db)
{
}

Status OfficerTableModel::setUnit(qint64 unitId, bool withRetired)
{
    m_unitId = unitId;
    m_withRetired = withRetired;
    return reload();
}

Status OfficerTableModel::reload()
{
    if (m_unitId <= 0)
        return clear();
    return load(MasterData(m_db).officersOf(
        m_unitId, m_withRetired ? MasterData::Retired::Included : MasterData::Retired::Excluded));
}

int OfficerTableModel::rowOf(qint64 id) const
{
    return findRow([id](const Officer &officer) { return officer.id == id; });
}

QVariant OfficerTableModel::rowData(const Officer &officer, int column, int role) const
{
    Q_UNUSED(column)
    if (role == IdRole)
        return officer.id;
    if (role == Qt::ForegroundRole)
        return RetiredRecords::foreground(officer.isRetired());
    return {};
}

} // namespace kolokasi
