#include "RecordEditor.h"

#include "FormParts.h"
#include "SaveGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kolokasi {

RecordEditor::RecordEditor(const QString &objectPrefix, QWidget *parent)
    : QWidget(parent), m_prefix(objectPrefix), m_heading(makeSectionHeading({}, this)),
      m_save(new QPushButton(tr("Save"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_binding(nullptr)
{
    setObjectName(objectPrefix + QStringLiteral("Editor"));
    m_save->setObjectName(objectPrefix + QStringLiteral("Save"));
    // The page around the editor shows the message; the binding marks the field.
    m_binding = new FormBinding(this, nullptr, m_save);
    m_cancel->setObjectName(objectPrefix + QStringLiteral("Cancel"));
    m_save->setDefault(true);
    auto *fields = new QWidget(this);
    m_form = makeFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RecordEditor::cancelled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(fields);
    layout->addWidget(buttons);
    layout->addStretch(1);
}

void RecordEditor::setHeading(const QString &text)
{
    m_heading->setText(text);
}

void RecordEditor::addRow(const QString &field, const QString &label, QWidget *widget)
{
    widget->setObjectName(m_prefix + QLatin1Char('_') + field);
    m_widgets.insert(field, widget);
    // A refusal of the core names a field that has a rule; a free note or a check box has none.
    auto *text = qobject_cast<ValidatedLineEdit *>(widget);
    if (!qobject_cast<QCheckBox *>(widget) && (!text || text->hasRule()))
        m_binding->bind(field, widget);
    if (!m_firstField)
        m_firstField = widget;
    m_form->addRow(label, widget);
}

ValidatedLineEdit *RecordEditor::addText(const QString &field, const QString &label,
                                         ValidatedLineEdit::Rule rule,
                                         const QString &requiredMessage)
{
    auto *edit = new ValidatedLineEdit(this);
    edit->setRule(std::move(rule));
    if (!requiredMessage.isEmpty())
        edit->setRequired(requiredMessage);
    addRow(field, label, edit);
    m_binding->watch(edit);
    return edit;
}

QSpinBox *RecordEditor::addNumber(const QString &field, const QString &label, int minimum,
                                  int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setMaximumWidth(160);
    addRow(field, label, spin);
    return spin;
}

QDoubleSpinBox *RecordEditor::addDecimal(const QString &field, const QString &label, double maximum)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(0, maximum);
    spin->setDecimals(1);
    spin->setGroupSeparatorShown(true);
    spin->setMaximumWidth(180);
    addRow(field, label, spin);
    return spin;
}

QComboBox *RecordEditor::addChoice(const QString &field, const QString &label)
{
    auto *combo = new QComboBox(this);
    addRow(field, label, combo);
    return combo;
}

QCheckBox *RecordEditor::addCheck(const QString &field, const QString &label)
{
    auto *check = new QCheckBox(label, this);
    addRow(field, QString(), check);
    return check;
}

QString RecordEditor::text(const QString &field) const
{
    auto *edit = this->field<ValidatedLineEdit>(field);
    return edit ? edit->text() : QString();
}

void RecordEditor::setText(const QString &field, const QString &text)
{
    if (auto *edit = this->field<ValidatedLineEdit>(field))
        edit->setText(text);
}

bool RecordEditor::showRefusal(const Error &error)
{
    return m_binding->markField(error);
}

void RecordEditor::focusFirstField()
{
    if (m_firstField)
        m_firstField->setFocus(Qt::OtherFocusReason);
}

void RecordEditor::clearProblems()
{
    m_binding->resetProblems();
}

} // namespace kolokasi
