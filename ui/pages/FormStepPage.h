#pragma once

#include "StepPage.h"
#include "common/Result.h"
#include "domain/RequestDossier.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kolokasi {

class FormBinding;
class MessageBar;
class SaveGate;
class ValidatedLineEdit;

/// What every step page shares: a title line with Save on the right, a message bar for the
/// core's refusals and the form in a scroll area; the form framework (FormBinding) maps the
/// core's Error.field names to the page's widgets, gates Save on inline validation, tracks
/// changes and offers to reload when the request changed meanwhile. A subclass builds its
/// fields, fills them from the dossier and saves through RequestWorkflow; it holds no SOP rule.
class FormStepPage : public StepPage
{
    Q_OBJECT

public:
    FormStepPage(UiContext &context, const QString &title, QWidget *parent = nullptr);

    void load(qint64 requestId) override;
    bool hasUnsavedInput() const override;
    QAction *saveAction() const override;
    qint64 requestId() const { return m_requestId; }
    /// The text of the message bar, empty when it is hidden (for tests and the shell).
    QString message() const;

protected:
    /// The page's main form (labels right-aligned); add rows in the SOP's order.
    QFormLayout *form() const { return m_form; }
    /// The column below the title and message bar, for sections beside the main form.
    QVBoxLayout *body() const { return m_body; }
    QPushButton *saveButton() const { return m_save; }
    SaveGate *saveGate() const;
    FormBinding *binding() const { return m_binding; }
    UiContext &ui() const { return context(); }

    /// Fills the fields from what the request holds (requestId 0: a new one).
    virtual void fill(const RequestDossier &dossier) = 0;
    /// Saves through the workflow; asks first where the step is irreversible. A cancelled
    /// question returns success with `*cancelled` set.
    virtual Status submit(bool *cancelled) = 0;
    /// Every problem the core finds in the input as it stands (the step's validate…()), so all
    /// bad fields are marked at once before anything is asked or saved; none by default.
    virtual QList<Error> problems() const { return {}; }
    /// One entry of the page's mapping of the core's Error.field names (FormField) to widgets.
    void mapField(const QString &field, QWidget *widget);
    /// Marks the page as changed by the user whenever `widget` (and its editors) change.
    void trackChanges(QWidget *widget);
    /// Validates a field as the user types and keeps Save disabled while it is wrong.
    void watch(ValidatedLineEdit *field);
    /// Shows a refusal of the core and focuses the field it names.
    void showRefusal(const Error &error);
    /// Shows every problem: the first in the message bar, each field marked, the first focused.
    void showProblems(const QList<Error> &problems);
    void showNotice(const QString &text);
    /// Fields and forms stay visible but cannot be changed (the step is done, or closed). A
    /// text with the property "alwaysReadOnly" stays read-only when the page is editable.
    void setEditable(bool editable);
    bool isLoading() const;
    /// The request the page now shows: a new letter or withdrawal sets it in submit().
    void setRequestId(qint64 requestId) { m_requestId = requestId; }

protected slots:
    /// The user changed something (ignored while the page fills itself).
    void markDirty();

private slots:
    void save();

private:
    /// One label column for every form of the page, so sections line up.
    void alignFormLabels();
    void putSaveLastInTabOrder();
    QString changedMeanwhileText(const Error &error) const;

    QLabel *m_title = nullptr;
    MessageBar *m_messageBar = nullptr;
    QVBoxLayout *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_save = nullptr;
    FormBinding *m_binding = nullptr;
    qint64 m_requestId = 0;
};

} // namespace kolokasi
