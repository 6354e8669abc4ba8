#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QHash>

class QFormLayout;
class QPushButton;

namespace kolokasi {

class MessageBar;
class SaveGate;
class ValidatedLineEdit;

/// A dialog that edits one stored record (a unit, an officer): a message bar, a form with
/// right-aligned labels, and Simpan / Batal. Simpan stays disabled while a watched field
/// shows a problem; a refusal of the core shows in the bar and marks and focuses the field
/// it names; the dialog closes only when the record was stored.
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

private:
    void trySave();
    void showRefusal(const Error &error);

    MessageBar *m_bar;
    QFormLayout *m_form;
    QPushButton *m_save;
    SaveGate *m_gate;
    QHash<QString, QWidget *> m_fields;
};

} // namespace kolokasi
