#include "SettingsSection.h"

#include "FormParts.h"
#include "MessageBar.h"
#include "SaveAction.h"
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
      m_body(new QVBoxLayout), m_save(new QPushButton(tr("Save"), this)),
      m_gate(new SaveGate(m_save, this))
{
    setObjectName(objectName);
    m_save->setObjectName(objectName + QStringLiteral("Save"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    new SaveAction(m_save, this);
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

void SettingsSection::markClean()
{
    m_dirty = false;
    m_gate->update();
}

void SettingsSection::showRefusal(const Error &error, const QHash<QString, QWidget *> &fields)
{
    m_messageBar->showMessage(error.message, MessageBar::Kind::Error);
    if (error.code == QLatin1String("stale")) {
        // Nothing was written: the admin reloads the newer settings and enters the change again.
        m_messageBar->setAction(tr("Reload"), [this] { reload(); });
        return;
    }
    QWidget *field = fields.value(error.field);
    if (auto *validated = qobject_cast<ValidatedLineEdit *>(field)) {
        validated->showProblem(error.message);
        validated->lineEdit()->setFocus(Qt::OtherFocusReason);
    } else if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
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
