#pragma once

#include "RowListModel.h"
#include "domain/Unit.h"

namespace kolokasi {

class Database;

/// The units a search finds (Unit & Pejabat page): name, short code and, for a retired unit,
/// the word "Retired" with greyed text (never colour alone).
class UnitListModel : public RowListModel<Unit>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
    };

    explicit UnitListModel(Database &db, QObject *parent = nullptr);

    /// Shows the units whose name, code, officer or number contains `text`.
    void setSearch(const QString &text, bool withRetired);
    /// Reads the units again; a failure leaves the list empty and is returned (and kept in
    /// loadStatus()) for the page's message bar.
    Status reload();
    /// The row of unit `id`, -1 if not shown.
    int rowOf(qint64 id) const;
    const Unit &unitAt(int row) const { return rowAt(row); }

protected:
    QVariant rowData(const Unit &unit, int column, int role) const override;

private:
    Database &m_db;
    QString m_search;
    bool m_withRetired = false;
};

} // namespace kolokasi
