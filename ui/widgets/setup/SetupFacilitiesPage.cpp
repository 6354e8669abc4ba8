#include "SetupFacilitiesPage.h"

#include "validation/IpAddress.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace kolokasi {

SetupFacilitiesPage::SetupFacilitiesPage(QWidget *parent) : SetupPage(parent)
{
    setObjectName(QStringLiteral("setupFacilitiesPage"));
    setTitle(tr("Facility budgets and public IP"));
    setSubTitle(tr("What the capacity check (step 3) compares each request against."));
    form()->addRow(makeSectionHeading(tr("Budgets"), this));
    m_ups = addNumber(tr("UPS capacity:"), QStringLiteral("upsCapacity"), 0, 10000000, 0,
                      QStringLiteral(" W"));
    m_genset = addNumber(tr("Genset capacity:"), QStringLiteral("gensetCapacity"), 0, 10000000, 0,
                         QStringLiteral(" W"));
    m_bandwidth = addNumber(tr("Bandwidth:"), QStringLiteral("bandwidth"), 0, 1000000, 0,
                            QStringLiteral(" Mbps"));
    for (QSpinBox *budget : {m_ups, m_genset, m_bandwidth})
        budget->setSpecialValueText(tr("none"));
    form()->addRow(makeSectionHeading(tr("Public IP pool"), this));
    m_poolName =
        addField(tr("Pool name:"), QStringLiteral("poolName"), tr("Enter the pool's name."));
    m_poolName->setText(QStringLiteral("Publik"));
    m_cidr = addField(tr("Network (CIDR):"), QStringLiteral("poolCidr"),
                      tr("Enter the public network, e.g. 103.10.20.0/26."),
                      [](const QString &text) { return IpNetwork::validate(text); });
    m_cidr->lineEdit()->setPlaceholderText(QStringLiteral("103.10.20.0/26"));
}

Status SetupFacilitiesPage::check() const
{
    InitialSetupData setup;
    apply(setup);
    return InitialSetup::checkFacilities(setup);
}

void SetupFacilitiesPage::apply(InitialSetupData &setup) const
{
    setup.upsCapacityW = m_ups->value();
    setup.gensetCapacityW = m_genset->value();
    setup.bandwidthMbps = m_bandwidth->value();
    setup.publicPool.name = m_poolName->text();
    setup.publicPool.cidr = m_cidr->text();
    setup.publicPool.isPublic = true;
}

} // namespace kolokasi
