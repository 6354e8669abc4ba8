#pragma once

#include "common/Result.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace kolokasi {

class FormBinding;
class MessageBar;
class SaveGate;
struct UiContext;

/// One section of Pengaturan (agency profile, signatories, numbering...): a message bar, the
/// section's own fields, and its Save button, kept disabled while a field has a problem. Its
/// form framework (FormBinding) shows a refusal of the core in the bar and marks the field it
/// names; a "stale" refusal (another admin saved first) offers to reload, and nothing of this
/// section was written.
class SettingsSection : public QWidget
{
    Q_OBJECT

public:
    SettingsSection(UiContext &context, const QString &objectName, QWidget *parent = nullptr);

    /// The section's name on its tab.
    virtual QString title() const = 0;
    /// Reads the section's settings again; what was typed and not saved is dropped.
    virtual void reload() = 0;
    /// Saves what is shown (the Save button's action).
    virtual void save() = 0;
    bool hasUnsavedInput() const;
    /// The text of the section's message bar (empty when none shows).
    QString message() const;

signals:
    /// The section's settings were saved (and announced to other pages and admins).
    void saved();

protected:
    UiContext &ui() { return m_context; }
    /// Where the section puts its fields, between the message bar and the Save button.
    QVBoxLayout *body() const { return m_body; }
    QPushButton *saveButton() const { return m_save; }
    SaveGate *gate() const;
    /// The section's form framework: bind each field to the core's name for it.
    FormBinding *binding() const { return m_binding; }
    MessageBar *messageBar() const { return m_messageBar; }
    /// The admin changed something.
    void markEdited();
    /// What is shown is what is stored (after reload or save).
    void markClean();
    /// Shows the core's refusal and marks and focuses the field bound to its name.
    void showRefusal(const Error &error);
    /// After a successful save: clean, a short confirmation, the change announced.
    void confirmSaved(const QString &text);

private:
    UiContext &m_context;
    MessageBar *m_messageBar;
    QVBoxLayout *m_body;
    QPushButton *m_save;
    FormBinding *m_binding;
};

} // namespace kolokasi
