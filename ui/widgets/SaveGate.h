#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;

namespace kolokasi {

class ValidatedLineEdit;

/// Keeps a form's Save button disabled while any watched field shows a problem (or an extra
/// check of the page says why not), with the reason in the button's tooltip.
class SaveGate : public QObject
{
    Q_OBJECT

public:
    /// Empty: nothing against saving; else the reason, in one sentence.
    using Check = std::function<QString()>;

    SaveGate(QPushButton *saveButton, QObject *parent = nullptr);

    void watch(ValidatedLineEdit *field);
    void forget(ValidatedLineEdit *field);
    /// A condition of the page beside the fields (e.g. a difference without a note).
    void addCheck(Check check) { m_checks.append(std::move(check)); }
    /// Judges again: after a change the fields cannot report themselves.
    void update();
    /// Why Save is disabled now, empty when it is enabled.
    QString reason() const;

private:
    QPointer<QPushButton> m_save;
    QList<QPointer<ValidatedLineEdit>> m_fields;
    QList<Check> m_checks;
};

} // namespace kolokasi
