#pragma once

#include "common/Result.h"

#include <QDialog>

class QFormLayout;
class QPushButton;

namespace kolokasi {

class FormBinding;
class MessageBar;
class ValidatedLineEdit;

/// A dialog that edits one stored record (a unit, an officer): a message bar, a form with
/// right-aligned labels, and Simpan / Batal. Its form framework (FormBinding) keeps Simpan
/// disabled while a watched field shows a problem and shows a refusal of the core in the bar,
/// marking and focusing the field it names; the dialog closes only when the record was stored.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(QWidget *parent = nullptr);

    QPushButton *saveButton() const { return m_save; }
    MessageBar *messageBar() const { return m_bar; }

protected:
    QFormLayout *form() const { return m_form; }
    /// A field whose problems keep Simpan disabled.
    void watch(ValidatedLineEdit *field);
    /// The widget a refusal with `Error::field == name` marks and focuses.
    void mapField(const QString &name, QWidget *widget);
    /// Stores the record; the dialog closes on success and shows the refusal otherwise.
    virtual Status save() = 0;
    void updateGate();
    FormBinding *binding() const { return m_binding; }

private:
    void trySave();

    MessageBar *m_bar;
    QFormLayout *m_form;
    QPushButton *m_save;
    FormBinding *m_binding;
};

} // namespace kolokasi
