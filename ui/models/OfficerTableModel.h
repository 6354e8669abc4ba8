#pragma once

#include "RowListModel.h"
#include "domain/Officer.h"

namespace kolokasi {

class Database;

/// The officers of one unit (Unit & Pejabat page): name, kind, number grouped as printed,
/// position, phone, e-mail, and "Retired" with greyed text for a retired officer.
class OfficerTableModel : public RowListModel<Officer>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        NumberColumn,
        PositionColumn,
        PhoneColumn,
        EmailColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
    };

    explicit OfficerTableModel(Database &db, QObject *parent = nullptr);

    /// Shows the officers of `unitId` (0: none); a failed read is returned for the message bar.
    Status setUnit(qint64 unitId, bool withRetired);
    Status reload();
    int rowOf(qint64 id) const;
    const Officer &officerAt(int row) const { return rowAt(row); }

protected:
    QVariant rowData(const Officer &officer, int column, int role) const override;

private:
    Database &m_db;
    qint64 m_unitId = 0;
    bool m_withRetired = false;
};

} // namespace kolokasi
