#include "OfficerTableModel.h"

#include "PeopleNames.h"
#include "services/MasterData.h"
#include "validation/Nip.h"

#include <QPalette>

namespace kolokasi {

OfficerTableModel::OfficerTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void OfficerTableModel::setUnit(qint64 unitId, bool withRetired)
{
    m_unitId = unitId;
    m_withRetired = withRetired;
    reload();
}

void OfficerTableModel::reload()
{
    beginResetModel();
    m_officers.clear();
    m_lastError.clear();
    if (m_unitId > 0) {
        const auto found = MasterData(m_db).officersOf(
            m_unitId,
            m_withRetired ? MasterData::Retired::Included : MasterData::Retired::Excluded);
        m_officers = found.ok() ? *found : QList<Officer>{};
        m_lastError = found.ok() ? QString() : found.error().message;
    }
    endResetModel();
}

int OfficerTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_officers.size(); ++row) {
        if (m_officers.at(row).id == id)
            return row;
    }
    return -1;
}

int OfficerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_officers.size());
}

int OfficerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OfficerTableModel::text(const Officer &officer, int column) const
{
    switch (column) {
    case NameColumn:
        return officer.name;
    case KindColumn:
        return PeopleNames::kind(officer.kind);
    case NumberColumn:
        return Nip::formatted(officer.nip);
    case PositionColumn:
        return officer.position;
    case PhoneColumn:
        return officer.phone;
    case EmailColumn:
        return officer.email;
    case StateColumn:
        return officer.isRetired() ? PeopleNames::retired() : QString();
    }
    return {};
}

QVariant OfficerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_officers.size())
        return {};
    const Officer &officer = m_officers.at(index.row());
    if (role == IdRole)
        return officer.id;
    if (role == Qt::ForegroundRole && officer.isRetired())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::DisplayRole)
        return text(officer, index.column());
    return {};
}

QVariant OfficerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case NumberColumn:
        return tr("NIP / NI PPPK");
    case PositionColumn:
        return tr("Position");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case StateColumn:
        return tr("Status");
    }
    return {};
}

} // namespace kolokasi
