#include "SetupDataCentrePage.h"
#include "domain/FormField.h"

#include "domain/Rack.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace kolokasi {

SetupDataCentrePage::SetupDataCentrePage(QWidget *parent) : SetupPage(parent)
{
    setObjectName(QStringLiteral("setupDataCentrePage"));
    setTitle(tr("NOC and racks"));
    setSubTitle(tr("The server room where the units' servers are placed. More rooms and racks "
                   "can be added later."));
    m_name = addField(tr("NOC name:"), QStringLiteral("nocName"), FormField::kNocName,
                      tr("Enter the NOC's name."));
    m_name->setText(QStringLiteral("NOC Utama"));
    m_location = addField(tr("Location:"), QStringLiteral("nocLocation"), {});
    m_location->lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("Gedung Diskominfo Lantai 2")));
    m_racks = addNumber(tr("Number of racks:"), QStringLiteral("rackCount"), FormField::kRackCount,
                        1, 99, 4, {});
    m_height = addNumber(tr("Rack height:"), QStringLiteral("rackHeight"), FormField::kRackHeightU,
                         1, 60, Rack::kDefaultHeightU, QStringLiteral(" U"));
    m_power = addNumber(tr("Power budget per rack:"), QStringLiteral("rackPower"),
                        FormField::kRackPowerW, 0, 100000, 4000, QStringLiteral(" W"));
    QLabel *naming =
        makeHint(tr("The racks are named R01, R02, … and can be renamed later."), this);
    naming->setWordWrap(false); // one line: wrapped in a form row it gets only a narrow column
    form()->addRow(QString(), naming);
}

Status SetupDataCentrePage::check() const
{
    InitialSetupData setup;
    apply(setup);
    return InitialSetup::checkDataCentre(setup);
}

void SetupDataCentrePage::apply(InitialSetupData &setup) const
{
    setup.noc.name = m_name->text();
    setup.noc.location = m_location->text();
    setup.rackCount = m_racks->value();
    setup.rackHeightU = m_height->value();
    setup.rackPowerBudgetW = m_power->value();
}

} // namespace kolokasi
