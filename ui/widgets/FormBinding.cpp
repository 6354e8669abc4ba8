#include "FormBinding.h"

#include "MessageBar.h"
#include "SaveAction.h"
#include "SaveGate.h"
#include "ValidatedLineEdit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kolokasi {

namespace {
QSet<QString> &namesBound()
{
    static QSet<QString> names;
    return names;
}
} // namespace

FormBinding::FormBinding(QWidget *host, MessageBar *bar, QPushButton *save)
    : QObject(host), m_host(host), m_bar(bar), m_gate(new SaveGate(save, this))
{
    if (save)
        m_saveAction = new SaveAction(save, host);
}

void FormBinding::bind(const QString &field, QWidget *widget)
{
    m_fields.insert(field, widget);
    namesBound().insert(field);
}

QWidget *FormBinding::widgetFor(const QString &field) const
{
    if (m_resolver) {
        if (QWidget *widget = m_resolver(field))
            return widget;
    }
    QString name = field;
    while (!name.isEmpty()) {
        if (QWidget *widget = m_fields.value(name))
            return widget;
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        name = dot < 0 ? QString() : name.left(dot);
    }
    return nullptr;
}

void FormBinding::watch(ValidatedLineEdit *field)
{
    m_watched.append(field);
    m_gate->watch(field);
}

bool FormBinding::validateWatched()
{
    QWidget *firstBad = nullptr;
    for (const QPointer<ValidatedLineEdit> &field : std::as_const(m_watched)) {
        if (field && field->isEnabled() && !field->validateNow() && !firstBad)
            firstBad = field;
    }
    m_gate->update();
    if (firstBad)
        firstBad->setFocus();
    return !firstBad && m_gate->reason().isEmpty();
}

void FormBinding::resetProblems()
{
    clearMarks();
    for (const QPointer<ValidatedLineEdit> &field : std::as_const(m_watched)) {
        if (field)
            field->clearProblem();
    }
    m_gate->update();
}

void FormBinding::trackChanges(QWidget *container)
{
    const auto changed = [this] { markDirty(); };
    for (auto *edit : container->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (auto *edit : container->findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (auto *box : container->findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (auto *date : container->findChildren<QDateEdit *>())
        connect(date, &QDateEdit::dateChanged, this, changed);
    for (auto *spin : container->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (auto *spin : container->findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto *button : container->findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this, changed);
    }
}

void FormBinding::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void FormBinding::markClean()
{
    m_dirty = false;
    m_gate->update();
}

void FormBinding::setReload(std::function<void()> reload,
                            std::function<QString(const Error &)> text)
{
    m_reload = std::move(reload);
    m_staleText = std::move(text);
}

void FormBinding::showRefusal(const Error &error)
{
    if (changedMeanwhile(error) && m_reload && m_bar) {
        // Nothing was written: the admin reloads what is stored now and enters the change again.
        // Worded by the host (who changed it, when) it is a warning; else the core's refusal.
        if (m_staleText)
            m_bar->showMessage(m_staleText(error), MessageBar::Kind::Warning);
        else
            m_bar->showMessage(error.message, MessageBar::Kind::Error);
        m_bar->setAction(tr("Reload"), m_reload);
        return;
    }
    showProblems({error});
}

void FormBinding::showProblems(const QList<Error> &problems)
{
    if (problems.isEmpty())
        return;
    QStringList messages;
    QWidget *first = nullptr;
    for (const Error &problem : problems) {
        if (!messages.contains(problem.message))
            messages.append(problem.message);
        QWidget *widget = widgetFor(problem.field);
        if (!widget)
            continue;
        mark(widget, problem.message);
        if (!first)
            first = widget;
    }
    if (m_bar)
        m_bar->showMessage(messages.join(QLatin1Char('\n')), MessageBar::Kind::Error);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

bool FormBinding::markField(const Error &error)
{
    QWidget *widget = widgetFor(error.field);
    if (!widget)
        return false;
    mark(widget, error.message);
    widget->setFocus(Qt::OtherFocusReason);
    return true;
}

void FormBinding::mark(QWidget *widget, const QString &message)
{
    if (auto *field = qobject_cast<ValidatedLineEdit *>(widget)) {
        field->showProblem(message);
        return;
    }
    // The frame names no class: the same mark fits a line edit, a list, a date or a note.
    widget->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
    widget->setToolTip(message);
    m_marked.append(widget);
}

void FormBinding::clearMarks()
{
    for (const QPointer<QWidget> &widget : std::as_const(m_marked)) {
        if (!widget)
            continue;
        widget->setStyleSheet({});
        widget->setToolTip({});
    }
    m_marked.clear();
}

void FormBinding::showNotice(const QString &text)
{
    if (m_bar)
        m_bar->showMessage(text, MessageBar::Kind::Information);
}

void FormBinding::hideMessage()
{
    if (m_bar)
        m_bar->hideMessage();
}

QString FormBinding::message() const
{
    return m_bar ? m_bar->text() : QString();
}

bool FormBinding::isStale(const Error &error)
{
    return error.code == QLatin1String("stale");
}

bool FormBinding::changedMeanwhile(const Error &error)
{
    return isStale(error) || error.code == QLatin1String("wrong_step") ||
           error.code == QLatin1String("request_closed");
}

QSet<QString> FormBinding::boundNames()
{
    return namesBound();
}

} // namespace kolokasi
