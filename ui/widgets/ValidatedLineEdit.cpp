#include "ValidatedLineEdit.h"

#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
constexpr int kPauseMs = 500; // judge after the user stops typing, not on every key
}

ValidatedLineEdit::ValidatedLineEdit(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    m_edit = new QLineEdit(this);
    m_message = new QLabel(this);
    QFont small = m_message->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_message->setFont(small);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a93226;"));
    m_message->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &ValidatedLineEdit::validateNow);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_pause->start();
        emit edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &ValidatedLineEdit::validateNow);
}

QString ValidatedLineEdit::text() const
{
    return m_edit->text().trimmed();
}

void ValidatedLineEdit::setText(const QString &text)
{
    m_pause->stop();
    m_edit->setText(text);
    clearProblem();
}

void ValidatedLineEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

QString ValidatedLineEdit::check() const
{
    const QString value = text();
    if (value.isEmpty())
        return m_requiredMessage;
    if (!m_rule)
        return {};
    const Status status = m_rule(value);
    return status.ok() ? QString() : status.error().message;
}

bool ValidatedLineEdit::validateNow()
{
    m_pause->stop();
    const QString problem = check();
    if (problem.isEmpty())
        clearProblem();
    else
        showProblem(problem);
    return problem.isEmpty();
}

void ValidatedLineEdit::showProblem(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_edit->setStyleSheet(QStringLiteral(
        "QLineEdit { border: 1px solid #c0392b; border-radius: 2px; padding: 1px; }"));
    m_edit->setToolTip(message);
    if (m_problem != message) {
        m_problem = message;
        emit problemChanged(m_problem);
    }
}

void ValidatedLineEdit::clearProblem()
{
    m_message->hide();
    m_message->clear();
    m_edit->setStyleSheet({});
    m_edit->setToolTip({});
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        emit problemChanged(m_problem);
    }
}

} // namespace kolokasi
