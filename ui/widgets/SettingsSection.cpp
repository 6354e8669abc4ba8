#include "SettingsSection.h"

#include "FormBinding.h"
#include "FormParts.h"
#include "MessageBar.h"
#include "SaveGate.h"
#include "UiContext.h"
#include "ValidatedLineEdit.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

SettingsSection::SettingsSection(UiContext &context, const QString &objectName, QWidget *parent)
    : QWidget(parent), m_context(context), m_messageBar(new MessageBar(this)),
      m_body(new QVBoxLayout), m_save(new QPushButton(tr("Save"), this)), m_binding(nullptr)
{
    setObjectName(objectName);
    m_save->setObjectName(objectName + QStringLiteral("Save"));
    m_save->setAutoDefault(false);
    m_binding = new FormBinding(this, m_messageBar, m_save);
    m_binding->setReload([this] { reload(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_binding->clearMarks();
        save();
    });
    // Save sits under the section's fields, not across a wide screen from them.
    setMaximumWidth(kFormMaxWidth + 8);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 8, 4);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_body);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QString SettingsSection::message() const
{
    return m_messageBar->text();
}

bool SettingsSection::hasUnsavedInput() const
{
    return m_binding->isDirty();
}

SaveGate *SettingsSection::gate() const
{
    return m_binding->gate();
}

void SettingsSection::markEdited()
{
    m_binding->markDirty();
}

void SettingsSection::markClean()
{
    m_binding->markClean();
}

void SettingsSection::showRefusal(const Error &error)
{
    m_binding->showRefusal(error);
}

void SettingsSection::confirmSaved(const QString &text)
{
    markClean();
    m_messageBar->showMessage(text, MessageBar::Kind::Information);
    if (ChangeNotifier *notifier = m_context.workflow.notifier())
        notifier->announceSettings();
    emit saved();
}

} // namespace kolokasi
