#include "SaveAction.h"

#include <QAbstractButton>
#include <QEvent>
#include <QWidget>

namespace kolokasi {

SaveAction::SaveAction(QAbstractButton *button, QWidget *host) : QAction(host), m_button(button)
{
    setObjectName(button->objectName() + QStringLiteral("Action"));
    setShortcut(QKeySequence::Save);
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    host->addAction(this);
    follow();
    button->installEventFilter(this);
    connect(this, &QAction::triggered, this, [this] {
        // A hidden Simpan (a done step, a section saved as it goes) has nothing to save.
        if (m_button && m_button->isEnabled() && !m_button->isHidden())
            m_button->click();
    });
}

bool SaveAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button &&
        (event->type() == QEvent::EnabledChange || event->type() == QEvent::ToolTipChange ||
         event->type() == QEvent::Show || event->type() == QEvent::Hide))
        follow();
    return QAction::eventFilter(watched, event);
}

void SaveAction::follow()
{
    if (!m_button)
        return;
    setText(m_button->text());
    setEnabled(m_button->isEnabled() && !m_button->isHidden());
    setToolTip(m_button->toolTip());
}

} // namespace kolokasi
