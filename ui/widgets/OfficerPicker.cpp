#include "OfficerPicker.h"

#include "OfficerDialog.h"
#include "services/MasterData.h"

#include <QLineEdit>

namespace kolokasi {

OfficerPicker::OfficerPicker(Database &db, QWidget *parent) : SearchableComboBox(parent), m_db(db)
{
    setAddNewText(tr("Add new officer…"));
    // As wide as the unit and NIP fields around it in the form.
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    connect(this, &SearchableComboBox::addRequested, this, &OfficerPicker::addOfficer);
}

void OfficerPicker::load(qint64 unitId, qint64 officerId, qint64 keptId)
{
    m_unitId = unitId;
    m_officers.clear();
    clearChoices();
    auto officers = MasterData(m_db).officersOf(unitId);
    for (const Officer &officer : officers.ok() ? *officers : QList<Officer>{}) {
        if (!officer.isRetired() || officer.id == keptId)
            m_officers.append(officer);
    }
    for (const Officer &officer : std::as_const(m_officers))
        addChoice(officer.name, officer.id);
    setCurrentId(officerId > 0 ? officerId : (m_officers.size() == 1 ? m_officers.first().id : 0));
}

const Officer *OfficerPicker::officer() const
{
    return officerOf(currentId());
}

const Officer *OfficerPicker::officerOf(qint64 id) const
{
    const auto found = std::find_if(m_officers.cbegin(), m_officers.cend(),
                                    [id](const Officer &o) { return o.id == id; });
    return found == m_officers.cend() ? nullptr : &*found;
}

void OfficerPicker::addOfficer(const QString &typed)
{
    if (m_unitId <= 0)
        return;
    Officer officer;
    officer.unitId = m_unitId;
    officer.name = typed;
    auto *dialog = new OfficerDialog(m_db, officer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Officer stored = dialog->stored();
        load(m_unitId, stored.id);
        emit officerAdded(stored);
    });
    dialog->open();
}

} // namespace kolokasi
