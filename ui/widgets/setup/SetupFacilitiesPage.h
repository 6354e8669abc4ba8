#pragma once

#include "SetupPage.h"

class QSpinBox;

namespace kolokasi {

class ValidatedLineEdit;

/// The facility budgets the capacity check compares against (UPS, genset, bandwidth) and the
/// public IP pool the requests' public addresses come from, with its gateway (the first
/// address suggested), which the capacity check never proposes to a server.
class SetupFacilitiesPage : public SetupPage
{
    Q_OBJECT

public:
    explicit SetupFacilitiesPage(QWidget *parent = nullptr);

    Status check() const override;
    void apply(InitialSetupData &setup) const override;

private:
    QSpinBox *m_ups;
    QSpinBox *m_genset;
    QSpinBox *m_bandwidth;
    ValidatedLineEdit *m_poolName;
    ValidatedLineEdit *m_cidr;
    ValidatedLineEdit *m_gateway;
    QString m_suggestedGateway; // the gateway last suggested, replaced while not edited
};

} // namespace kolokasi
