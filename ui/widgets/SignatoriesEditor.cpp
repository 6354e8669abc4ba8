#include "SignatoriesEditor.h"
#include "FormBinding.h"

#include "FormParts.h"
#include "SaveGate.h"
#include "UiContext.h"
#include "ValidatedLineEdit.h"
#include "services/SettingsService.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kolokasi {

SignatoriesEditor::SignatoriesEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("signatoriesEditor"), parent)
{
    body()->addWidget(makeHint(
        tr("\"a.n.\" is printed by itself where a letter goes out on the Kepala Dinas's "
           "behalf; choose Plt. or Plh. only for an official who holds the post as acting."),
        this));
    // One form for every role, so all labels line up; a heading names each role.
    auto *holder = new QWidget(this);
    m_form = makeFormLayout(holder);
    m_form->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(holder);
    addRole(Signatory::kHeadOfOffice, tr("Kepala Dinas"));
    addRole(Signatory::kHeadOfDivision, tr("Kepala Bidang"));
    addRole(Signatory::kDataCentreOfficer, tr("Data-centre officer"));
    addRole(Signatory::kReceivingOfficer,
            tr("Receiving officer (serah terima; the data-centre officer if empty)"));
    // Every role has a name and a position: a refusal marks those of the role being saved.
    binding()->bindResolver([this](const QString &field) -> QWidget * {
        if (!m_checking)
            return nullptr;
        if (field == QLatin1String("name"))
            return m_checking->name;
        if (field == QLatin1String("position"))
            return m_checking->position;
        return nullptr;
    });
    reload();
}

QString SignatoriesEditor::title() const
{
    return tr("Signatories");
}

void SignatoriesEditor::addRole(const QString &role, const QString &heading)
{
    QFormLayout *form = m_form;
    form->addRow(makeSectionHeading(heading, form->parentWidget()));
    RoleFields fields;
    fields.read.role = role;
    fields.name = addField(form, role + QStringLiteral("/name"), tr("Name and titles:"));
    fields.nip = addField(form, role + QStringLiteral("/nip"), tr("NIP:"));
    // By the rule of the kind stored for the role (a PPPK officer set by the first-run guide).
    const int index = int(m_roles.size());
    fields.nip->setRule([this, index](const QString &text) {
        const EmployeeKind kind =
            index < m_roles.size() ? m_roles[index].read.kind : EmployeeKind::Pns;
        return text.trimmed().isEmpty() ? Status() : EmployeeNumber::validate(text, kind);
    });
    fields.position = addField(form, role + QStringLiteral("/position"), tr("Position:"));
    fields.rank = addField(form, role + QStringLiteral("/rank"), tr("Rank (pangkat/golongan):"));
    fields.rank->lineEdit()->setPlaceholderText(QStringLiteral("Pembina Tingkat I (IV/b)"));
    fields.acting = new QComboBox(form->parentWidget());
    fields.acting->setObjectName(role + QStringLiteral("/acting"));
    fields.acting->addItem(tr("Holds the post"), QString());
    fields.acting->addItem(tr("Plt. (pelaksana tugas)"), QStringLiteral("Plt."));
    fields.acting->addItem(tr("Plh. (pelaksana harian)"), QStringLiteral("Plh."));
    connect(fields.acting, &QComboBox::activated, this, [this] { markEdited(); });
    form->addRow(tr("Acting:"), fields.acting);
    m_roles.append(fields);
}

ValidatedLineEdit *SignatoriesEditor::addField(QFormLayout *form, const QString &objectName,
                                               const QString &label)
{
    auto *field = new ValidatedLineEdit(form->parentWidget());
    field->setObjectName(objectName);
    form->addRow(label, field);
    gate()->watch(field);
    connect(field, &ValidatedLineEdit::edited, this, [this] { markEdited(); });
    return field;
}

void SignatoriesEditor::reload()
{
    auto stored = SettingsService(ui().db).signatories();
    if (!stored.ok())
        return showRefusal(stored.error());
    for (RoleFields &fields : m_roles) {
        Signatory found{fields.read.role, {}, {}, {}};
        for (const Signatory &signatory : *stored) {
            if (signatory.role == fields.read.role)
                found = signatory;
        }
        fields.read = found;
        fields.name->setText(found.name);
        fields.nip->setText(Nip::formatted(found.nip));
        fields.position->setText(found.position);
        fields.rank->setText(found.rank);
        fields.acting->setCurrentIndex(std::max(0, fields.acting->findData(found.acting)));
        for (ValidatedLineEdit *field : {fields.name, fields.nip, fields.position, fields.rank})
            field->clearProblem();
    }
    markClean();
}

Signatory SignatoriesEditor::shown(const RoleFields &fields)
{
    Signatory signatory = fields.read;
    signatory.name = fields.name->text().trimmed();
    signatory.nip = Nip::normalized(fields.nip->text());
    signatory.position = fields.position->text().trimmed();
    signatory.rank = fields.rank->text().trimmed();
    signatory.acting = fields.acting->currentData().toString();
    return signatory;
}

bool SignatoriesEditor::isBlank(const Signatory &signatory)
{
    return signatory.name.isEmpty() && signatory.nip.isEmpty() && signatory.position.isEmpty() &&
           signatory.rank.isEmpty();
}

bool SignatoriesEditor::sameAs(const Signatory &a, const Signatory &b)
{
    return a.name == b.name && Nip::normalized(a.nip) == Nip::normalized(b.nip) &&
           a.position == b.position && a.rank == b.rank && a.acting == b.acting;
}

void SignatoriesEditor::save()
{
    QList<Signatory> edited;
    for (const RoleFields &fields : std::as_const(m_roles)) {
        m_checking = &fields;
        const Signatory signatory = shown(fields);
        // A role left empty that was never set stays unset; an unchanged one is not written.
        if ((fields.read.rowVersion == 0 && isBlank(signatory)) || sameAs(signatory, fields.read))
            continue;
        // The store's rules, checked here first so the message marks this role's own field.
        if (signatory.name.isEmpty())
            return showRefusal({QStringLiteral("required"), tr("Enter the signatory's name."),
                                QStringLiteral("name")});
        if (signatory.position.isEmpty())
            return showRefusal({QStringLiteral("required"), tr("Enter the signatory's position."),
                                QStringLiteral("position")});
        edited.append(signatory);
    }
    m_checking = nullptr;
    if (edited.isEmpty())
        return confirmSaved(tr("Nothing was changed."));
    if (Status saved = SettingsService(ui().db).editSignatories(edited); !saved.ok())
        return showRefusal(saved.error());
    reload();
    confirmSaved(tr("The signatories were saved; printouts use them from now on."));
}

} // namespace kolokasi
