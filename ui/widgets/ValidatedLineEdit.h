#pragma once

#include "common/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QTimer;

namespace kolokasi {

/// A line edit checked by one of the core's validators as the user types (after a short
/// pause) and on leaving the field. A problem shows in small text under the field and the
/// field gets a red frame; the page's Save stays disabled while any field has a problem.
class ValidatedLineEdit : public QWidget
{
    Q_OBJECT

public:
    /// Success for a good value; the Error's message is shown as it is. Blank text is only
    /// checked when the field is required.
    using Rule = std::function<Status(const QString &)>;

    explicit ValidatedLineEdit(QWidget *parent = nullptr);

    void setRule(Rule rule) { m_rule = std::move(rule); }
    /// A required field with nothing in it says `message` (after the user left it once).
    void setRequired(const QString &message) { m_requiredMessage = message; }
    /// Whether the field has a rule or is required: something the core may refuse it for.
    bool hasRule() const { return bool(m_rule) || !m_requiredMessage.isEmpty(); }
    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    /// Sets the text without marking the field: a loaded value is judged when edited.
    void setText(const QString &text);
    void setReadOnly(bool readOnly);

    /// Runs the rule now and shows the outcome; true when the text is good.
    bool validateNow();
    /// The problem shown, empty when none.
    QString problem() const { return m_problem; }
    /// Shows a problem found elsewhere (a refusal of the core) until the text changes.
    void showProblem(const QString &message);
    void clearProblem();

signals:
    /// The field's problem appeared, changed or went away.
    void problemChanged(const QString &problem);
    /// The user changed the text.
    void edited();

private:
    QString check() const;

    QLineEdit *m_edit = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_pause = nullptr;
    Rule m_rule;
    QString m_requiredMessage;
    QString m_problem;
};

} // namespace kolokasi
