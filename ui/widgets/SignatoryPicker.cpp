#include "SignatoryPicker.h"

#include "OfficerDialog.h"
#include "services/SettingsService.h"

namespace kolokasi {

SignatoryPicker::SignatoryPicker(Database &db, const QString &role, QWidget *parent)
    : SearchableComboBox(parent), m_db(db), m_role(role)
{
    setAddNewText(tr("Add new officer…"));
    // As wide as the unit and NIP fields around it in the form.
    setSizePolicy(QSizePolicy::Expanding, sizePolicy().verticalPolicy());
    connect(this, &SearchableComboBox::addRequested, this, &SignatoryPicker::addSignatory);
}

void SignatoryPicker::load()
{
    m_signatories.clear();
    clearChoices();
    auto signatories = SettingsService(m_db).signatories();
    for (const Signatory &signatory : signatories.ok() ? *signatories : QList<Signatory>{}) {
        const bool known =
            std::any_of(m_signatories.cbegin(), m_signatories.cend(),
                        [&signatory](const Signatory &s) { return s.name == signatory.name; });
        if (!known && !signatory.name.isEmpty())
            m_signatories.append(signatory);
    }
    for (int i = 0; i < m_signatories.size(); ++i)
        addChoice(m_signatories.at(i).name, i + 1); // the list's own ids: roles have none
}

const Signatory *SignatoryPicker::signatory() const
{
    const qint64 id = currentId();
    return id > 0 && id <= m_signatories.size() ? &m_signatories.at(int(id - 1)) : nullptr;
}

void SignatoryPicker::addSignatory(const QString &typed)
{
    Officer officer;
    officer.name = typed;
    const QString role = m_role;
    Database &db = m_db;
    auto *dialog = new OfficerDialog(
        officer,
        [&db, role](const Officer &edited) -> Result<Officer> {
            Signatory signatory;
            signatory.role = role;
            signatory.name = edited.name.trimmed();
            signatory.nip = edited.nip;
            signatory.kind = edited.kind;
            signatory.position = edited.position.trimmed();
            if (Status saved = SettingsService(db).saveSignatory(signatory); !saved.ok())
                return saved.error();
            return edited;
        },
        this);
    dialog->setContactShown(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->stored().name.trimmed();
        load();
        chooseText(name);
        if (const Signatory *chosen = signatory())
            emit signatoryAdded(*chosen);
    });
    dialog->open();
}

} // namespace kolokasi
