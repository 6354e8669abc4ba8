#pragma once

#include "FormBinding.h"
#include "ValidatedLineEdit.h"
#include "common/Result.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kolokasi {

/// The inline form beside a Pusat Data table (Tambah / Ubah): a heading, the fields as a
/// KDE form (labels right-aligned), and Simpan / Batal. Text fields are checked as the user
/// types with the core's validators; Simpan stays disabled while one shows a problem. Each
/// field is bound (FormBinding) to the core's field name ("height_u"), so a refusal of the
/// core marks and focuses the field it names. Field object names are "<prefix>_<field>".
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    RecordEditor(const QString &objectPrefix, QWidget *parent = nullptr);

    void setHeading(const QString &text);
    ValidatedLineEdit *addText(const QString &field, const QString &label,
                               ValidatedLineEdit::Rule rule = {},
                               const QString &requiredMessage = {});
    QSpinBox *addNumber(const QString &field, const QString &label, int minimum, int maximum,
                        const QString &suffix);
    QDoubleSpinBox *addDecimal(const QString &field, const QString &label, double maximum);
    QComboBox *addChoice(const QString &field, const QString &label);
    QCheckBox *addCheck(const QString &field, const QString &label);

    QString text(const QString &field) const;
    void setText(const QString &field, const QString &text);
    template <typename T> T *field(const QString &name) const
    {
        return qobject_cast<T *>(m_widgets.value(name));
    }

    /// Shows a refusal under the field it names (text fields) and focuses that field; false
    /// when the refusal names no field of this form.
    bool showRefusal(const Error &error);
    /// Puts the cursor in the form's first field.
    void focusFirstField();
    /// Clears every field's problem (a new record was loaded).
    void clearProblems();
    QPushButton *saveButton() const { return m_save; }

signals:
    void saveRequested();
    void cancelled();

private:
    void addRow(const QString &field, const QString &label, QWidget *widget);

    QString m_prefix;
    QLabel *m_heading;
    QFormLayout *m_form;
    QPushButton *m_save;
    QPushButton *m_cancel;
    FormBinding *m_binding;
    QHash<QString, QWidget *> m_widgets; // every field by its name, for its value
    QWidget *m_firstField = nullptr;
};

} // namespace kolokasi
