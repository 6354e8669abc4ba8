#include "PageTitle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kolokasi {

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(text, this)), m_subtitle(new QLabel(this)),
      m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("pageTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("pageTitleText"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setVisible(false);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    auto *line = new QHBoxLayout(this);
    line->setContentsMargins(0, 0, 0, 4);
    line->addLayout(texts, 1);
    m_actions->setSpacing(6);
    line->addLayout(m_actions);
}

void PageTitle::setText(const QString &text)
{
    m_title->setText(text);
}

void PageTitle::setSubtitle(const QString &text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void PageTitle::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_actions->addWidget(button);
    m_shown.append(action);
}

} // namespace kolokasi
