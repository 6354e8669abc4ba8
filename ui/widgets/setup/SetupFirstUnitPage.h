#pragma once

#include "SetupPage.h"

namespace kolokasi {

class ValidatedLineEdit;

/// The first requesting unit (OPD), optional: a new request picks its unit from a list, so
/// with one unit here the first request can be registered at once.
class SetupFirstUnitPage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupFirstUnitPage(QWidget *parent = nullptr);

    Status check() const override;
    void apply(InitialSetupData &setup) const override;

private:
    ValidatedLineEdit *m_name;
    ValidatedLineEdit *m_shortName;
    ValidatedLineEdit *m_phone;
};

} // namespace kolokasi
