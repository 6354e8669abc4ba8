#include "SaveGate.h"

#include "ValidatedLineEdit.h"

#include <QPushButton>

namespace kolokasi {

SaveGate::SaveGate(QPushButton *saveButton, QObject *parent) : QObject(parent), m_save(saveButton)
{
}

void SaveGate::watch(ValidatedLineEdit *field)
{
    m_fields.append(field);
    connect(field, &ValidatedLineEdit::problemChanged, this, &SaveGate::update);
    connect(field, &QObject::destroyed, this, &SaveGate::update, Qt::QueuedConnection);
    update();
}

void SaveGate::forget(ValidatedLineEdit *field)
{
    m_fields.removeAll(field);
    disconnect(field, nullptr, this, nullptr);
    update();
}

QString SaveGate::reason() const
{
    for (const QPointer<ValidatedLineEdit> &field : m_fields) {
        if (field && !field->problem().isEmpty())
            return field->problem();
    }
    for (const Check &check : m_checks) {
        if (const QString why = check(); !why.isEmpty())
            return why;
    }
    return {};
}

void SaveGate::update()
{
    if (!m_save)
        return;
    const QString why = reason();
    m_save->setEnabled(why.isEmpty());
    m_save->setToolTip(why);
}

} // namespace kolokasi
