#pragma once

#include "common/Result.h"
#include "store/InitialSetup.h"

#include <QWizardPage>

#include <functional>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace kolokasi {

class FormBinding;
class ValidatedLineEdit;

/// One page of the first-run guide: a form whose fields are checked as they are typed, and
/// whose Next (or Finish) stays disabled, with the reason under the form and in the button's
/// tooltip, while the core's rule for the page refuses what was typed. The pages keep their
/// widgets when the admin goes Back, so nothing typed is lost.
class SetupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPage(QWidget *parent = nullptr);

    /// The core's rule for what this page holds; the first problem, naming its field.
    virtual Status check() const = 0;
    /// Puts what this page holds into `data`.
    virtual void apply(InitialSetupData &setup) const = 0;

    bool isComplete() const override;
    /// Why Next is disabled, empty when it is not.
    QString reason() const;
    /// The page's form framework: its fields by the names the core's refusals give them.
    FormBinding *binding() const { return m_binding; }

protected:
    QFormLayout *form() const { return m_form; }
    /// A line of the form checked by `rule` (and required when `requiredMessage` is given);
    /// `field` is the core's name for it in a refusal (empty: the core never names it).
    ValidatedLineEdit *addField(const QString &label, const QString &objectName,
                                const QString &field, const QString &requiredMessage = {},
                                std::function<Status(const QString &)> rule = {});
    QSpinBox *addNumber(const QString &label, const QString &objectName, const QString &field,
                        int minimum, int maximum, int value, const QString &suffix);
    /// Judges again after a change the fields cannot report (a spin box, a choice).
    void changed();

private:
    QFormLayout *m_form;
    QLabel *m_reason;
    FormBinding *m_binding;
};

} // namespace kolokasi
