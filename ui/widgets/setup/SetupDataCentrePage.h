#pragma once

#include "SetupPage.h"

class QSpinBox;

namespace kolokasi {

class ValidatedLineEdit;

/// The first NOC (server room) and its racks: how many, their height in U and power budget.
class SetupDataCentrePage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupDataCentrePage(QWidget *parent = nullptr);

    Status check() const override;
    void apply(InitialSetupData &setup) const override;

private:
    ValidatedLineEdit *m_name;
    ValidatedLineEdit *m_location;
    QSpinBox *m_racks;
    QSpinBox *m_height;
    QSpinBox *m_power;
};

} // namespace kolokasi
