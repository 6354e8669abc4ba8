#include "MessageBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace kolokasi {

namespace {
struct KindLook
{
    QStyle::StandardPixmap icon;
    const char *border;
    const char *background;
};

KindLook lookOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Error:
        return {QStyle::SP_MessageBoxCritical, "#c0392b", "#fbeae8"};
    case MessageBar::Kind::Warning:
        return {QStyle::SP_MessageBoxWarning, "#b9770e", "#fdf3e1"};
    case MessageBar::Kind::Information:
        return {QStyle::SP_MessageBoxInformation, "#2e86c1", "#eaf3fb"};
    }
    return {QStyle::SP_MessageBoxInformation, "#2e86c1", "#eaf3fb"};
}
} // namespace

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageBarIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageBarAction"));
    m_action->setAutoDefault(false);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageBarClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto action = m_onAction;
        hideMessage();
        if (action)
            action();
    });
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    const KindLook look = lookOf(kind);
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(22, 22));
    setStyleSheet(
        QStringLiteral("#messageBar { border: 1px solid %1; border-radius: 4px; background: %2; }")
            .arg(QLatin1String(look.border), QLatin1String(look.background)));
    m_text->setText(text);
    m_onAction = nullptr;
    m_action->hide();
    show();
}

void MessageBar::setAction(const QString &text, std::function<void()> action)
{
    m_action->setText(text);
    m_onAction = std::move(action);
    m_action->show();
}

void MessageBar::hideMessage()
{
    m_onAction = nullptr;
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace kolokasi
