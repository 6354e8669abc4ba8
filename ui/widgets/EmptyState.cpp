#include "EmptyState.h"

#include <algorithm>

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

EmptyState::EmptyState(QWidget *content, QWidget *parent)
    : QStackedWidget(parent), m_content(content), m_emptyPage(new QWidget(this)),
      m_message(new QLabel(m_emptyPage)), m_button(new QPushButton(m_emptyPage))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_button->hide();
    auto *layout = new QVBoxLayout(m_emptyPage);
    layout->addStretch(1);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    // Keeps the content's frame so the page does not jump when the first record comes.
    m_emptyPage->setAutoFillBackground(true);
    m_emptyPage->setBackgroundRole(QPalette::Base);
    addWidget(m_content);
    addWidget(m_emptyPage);
}

void EmptyState::setMessage(const QString &message)
{
    m_message->setText(message);
}

void EmptyState::setAction(QAction *action)
{
    m_button->setText(action->text());
    m_button->setIcon(action->icon());
    m_button->setVisible(true);
    connect(m_button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, m_button, [this, action] {
        m_button->setText(action->text());
        m_button->setEnabled(action->isEnabled());
    });
}

void EmptyState::watch(QAbstractItemModel *model, std::function<bool()> emptyWhen)
{
    m_model = model;
    m_emptyWhen = std::move(emptyWhen);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::refresh);
    refresh();
}

void EmptyState::setEmpty(bool empty)
{
    setCurrentWidget(empty ? m_emptyPage : m_content);
}

bool EmptyState::isEmpty() const
{
    return currentWidget() == m_emptyPage;
}

void EmptyState::refresh()
{
    if (m_model)
        setEmpty(m_emptyWhen ? m_emptyWhen() : m_model->rowCount() == 0);
}

bool EmptyState::narrowedBy(const QLineEdit *search,
                            std::initializer_list<const QComboBox *> filters)
{
    if (!search->text().trimmed().isEmpty())
        return true;
    return std::any_of(filters.begin(), filters.end(),
                       [](const QComboBox *box) { return box->currentIndex() > 0; });
}

} // namespace kolokasi
