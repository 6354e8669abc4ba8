#include "SetupFacilitiesPage.h"
#include "domain/FormField.h"

#include "domain/PoolAddresses.h"
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
    m_ups = addNumber(tr("UPS capacity:"), QStringLiteral("upsCapacity"), FormField::kUps, 0,
                      10000000, 0, QStringLiteral(" W"));
    m_genset = addNumber(tr("Genset capacity:"), QStringLiteral("gensetCapacity"),
                         FormField::kGenset, 0, 10000000, 0, QStringLiteral(" W"));
    m_bandwidth = addNumber(tr("Bandwidth:"), QStringLiteral("bandwidth"), FormField::kBandwidth, 0,
                            1000000, 0, QStringLiteral(" Mbps"));
    for (QSpinBox *budget : {m_ups, m_genset, m_bandwidth})
        budget->setSpecialValueText(tr("none"));
    form()->addRow(makeSectionHeading(tr("Public IP pool"), this));
    m_poolName = addField(tr("Pool name:"), QStringLiteral("poolName"), FormField::kPoolName,
                          tr("Enter the pool's name."));
    m_poolName->setText(QStringLiteral("Publik"));
    m_cidr = addField(tr("Network (CIDR):"), QStringLiteral("poolCidr"), FormField::kPoolCidr,
                      tr("Enter the public network, e.g. 103.10.20.0/26."),
                      [](const QString &text) { return IpNetwork::validate(text); });
    m_cidr->lineEdit()->setPlaceholderText(QStringLiteral("103.10.20.0/26"));
    m_gateway = addField(
        tr("Gateway:"), QStringLiteral("poolGateway"), FormField::kPoolGateway, {},
        [this](const QString &text) { return PoolAddresses::checkGateway(m_cidr->text(), text); });
    m_gateway->lineEdit()->setPlaceholderText(QStringLiteral("103.10.20.1"));
    auto *hint = makeHint(tr("Suggested: the first address, where most offices put the router. The "
                             "gateway is never proposed to a server; left empty, the first "
                             "address is held back until a gateway is set in Data Centre."),
                          this);
    hint->setObjectName(QStringLiteral("poolGatewayHint"));
    hint->setWordWrap(true);
    hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    hint->setMinimumWidth(420); // a form's wrapped label otherwise takes its narrowest width
    form()->addRow(QString(), hint);
    // The suggestion follows the network until the admin types a gateway of their own.
    connect(m_cidr->lineEdit(), &QLineEdit::textChanged, this, [this](const QString &cidr) {
        const QString suggested = PoolAddresses::suggestedGateway(cidr);
        if (m_gateway->text().trimmed().isEmpty() || m_gateway->text() == m_suggestedGateway) {
            if (!suggested.isEmpty() || !m_suggestedGateway.isEmpty())
                m_gateway->setText(suggested);
            m_suggestedGateway = suggested;
        }
        if (!m_gateway->text().isEmpty())
            m_gateway->validateNow();
    });
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
    setup.publicPool.gateway = m_gateway->text().trimmed();
    setup.publicPool.isPublic = true;
}

} // namespace kolokasi
