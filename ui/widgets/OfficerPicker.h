#pragma once

#include "SearchableComboBox.h"
#include "domain/Officer.h"

namespace kolokasi {

class Database;

/// The responsible officer of one unit, picked by name among the unit's officers in service,
/// with "Add new officer…": Unit & Pejabat's own dialog, the typed name carried in, the new
/// officer chosen once saved. Used wherever a form names the unit's officer (step 4's
/// Penanggung Jawab, step 8's handing party).
class OfficerPicker : public SearchableComboBox
{
    Q_OBJECT

public:
    explicit OfficerPicker(Database &db, QWidget *parent = nullptr);

    /// Offers the officers of `unitId` in service (and `keptId`, one this form already names,
    /// even if retired), then chooses `officerId`; with none (0), the only one in service.
    void load(qint64 unitId, qint64 officerId = 0, qint64 keptId = 0);
    /// The officer chosen, null when none (or a name as recorded).
    const Officer *officer() const;
    /// The officer of `id` among those offered, null when none.
    const Officer *officerOf(qint64 id) const;

signals:
    /// A new officer was stored and chosen.
    void officerAdded(const Officer &officer);

private:
    void addOfficer(const QString &typed);

    Database &m_db;
    qint64 m_unitId = 0;
    QList<Officer> m_officers;
};

} // namespace kolokasi
