#pragma once

#include "SettingsSection.h"
#include "domain/Signatory.h"

class QComboBox;
class QFormLayout;

namespace kolokasi {

class ValidatedLineEdit;

/// Pengaturan, "Penandatangan": the agency's signing officers by role (Kepala Dinas, Kepala
/// Bidang, the data-centre officer, the receiving officer) with name, NIP, position, rank and
/// Plt. / Plh. when acting. Saved together, each against the version it was read with.
class SignatoriesEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit SignatoriesEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;

private:
    struct RoleFields
    {
        Signatory read; // as stored (rowVersion 0: none yet)
        ValidatedLineEdit *name = nullptr;
        ValidatedLineEdit *nip = nullptr;
        ValidatedLineEdit *position = nullptr;
        ValidatedLineEdit *rank = nullptr;
        QComboBox *acting = nullptr;
    };

    void addRole(const QString &role, const QString &heading);
    ValidatedLineEdit *addField(QFormLayout *form, const QString &objectName, const QString &label);
    static Signatory shown(const RoleFields &fields);
    static bool isBlank(const Signatory &signatory);
    static bool sameAs(const Signatory &a, const Signatory &b);

    QFormLayout *m_form = nullptr;
    QList<RoleFields> m_roles;
    const RoleFields *m_checking = nullptr; // the role whose fields a refusal names
};

} // namespace kolokasi
