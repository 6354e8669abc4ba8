#include "RecordDialog.h"

#include "FormBinding.h"
#include "FormParts.h"
#include "MessageBar.h"
#include "SaveGate.h"
#include "ValidatedLineEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

RecordDialog::RecordDialog(QWidget *parent) : QDialog(parent), m_bar(new MessageBar(this))
{
    m_bar->setObjectName(QStringLiteral("recordMessage"));
    m_bar->hideMessage();
    auto *fields = new QWidget(this);
    m_form = makeFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("recordSave"));
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("recordCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_binding = new FormBinding(this, m_bar, m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(fields);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void RecordDialog::watch(ValidatedLineEdit *field)
{
    m_binding->watch(field);
}

void RecordDialog::mapField(const QString &name, QWidget *widget)
{
    m_binding->bind(name, widget);
}

void RecordDialog::updateGate()
{
    m_binding->gate()->update();
}

void RecordDialog::trySave()
{
    m_binding->hideMessage();
    m_binding->clearMarks();
    if (!m_save->isEnabled())
        return; // Enter in a field while a problem is shown
    if (Status stored = save(); !stored.ok()) {
        m_binding->showRefusal(stored.error());
        return;
    }
    accept();
}

} // namespace kolokasi
