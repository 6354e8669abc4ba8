#include "SetupPage.h"

#include "widgets/FormBinding.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kolokasi {

SetupPage::SetupPage(QWidget *parent)
    : QWizardPage(parent), m_binding(new FormBinding(this, nullptr, nullptr))
{
    auto *layout = new QVBoxLayout(this);
    auto *holder = new QWidget(this);
    m_form = makeFormLayout(holder);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(holder);
    layout->addStretch();
    m_reason = makeHint(QString(), this);
    m_reason->setObjectName(QStringLiteral("setupReason"));
    layout->addWidget(m_reason);
}

QString SetupPage::reason() const
{
    const Status checked = check();
    return checked.ok() ? QString() : checked.error().message;
}

bool SetupPage::isComplete() const
{
    const QString why = reason();
    m_reason->setText(why.isEmpty() ? QString() : tr("To go on: %1").arg(why));
    return why.isEmpty();
}

void SetupPage::changed()
{
    // Not while the page is still being built (its defaults are set before every field exists).
    if (wizard())
        emit completeChanged();
}

ValidatedLineEdit *SetupPage::addField(const QString &label, const QString &objectName,
                                       const QString &field, const QString &requiredMessage,
                                       std::function<Status(const QString &)> rule)
{
    auto *edit = new ValidatedLineEdit(this);
    edit->setObjectName(objectName);
    if (!requiredMessage.isEmpty())
        edit->setRequired(requiredMessage);
    if (rule)
        edit->setRule(std::move(rule));
    connect(edit->lineEdit(), &QLineEdit::textChanged, this, &SetupPage::changed);
    m_form->addRow(label, edit);
    if (!field.isEmpty())
        m_binding->bind(field, edit);
    m_binding->watch(edit);
    return edit;
}

QSpinBox *SetupPage::addNumber(const QString &label, const QString &objectName,
                               const QString &field, int minimum, int maximum, int value,
                               const QString &suffix)
{
    auto *number = new QSpinBox(this);
    number->setObjectName(objectName);
    number->setRange(minimum, maximum);
    number->setValue(value);
    number->setSuffix(suffix);
    number->setGroupSeparatorShown(true);
    number->setMinimumWidth(140);
    connect(number, &QSpinBox::valueChanged, this, &SetupPage::changed);
    m_form->addRow(label, number);
    m_binding->bind(field, number);
    return number;
}

} // namespace kolokasi
