#include "SetupFirstUnitPage.h"
#include "domain/FormField.h"

#include "validation/PhoneNumber.h"
#include "widgets/FormParts.h"
#include "widgets/ValidatedLineEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kolokasi {

SetupFirstUnitPage::SetupFirstUnitPage(QWidget *parent) : SetupPage(parent)
{
    setObjectName(QStringLiteral("setupFirstUnitPage"));
    setTitle(tr("First unit (optional)"));
    setSubTitle(tr("The unit (OPD) whose request comes first. Leave it empty to add units later."));
    m_name = addField(tr("Unit name:"), QStringLiteral("unitName"),
                      FormField::kFirstUnitPrefix + FormField::kName);
    m_name->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Dinas Kesehatan")));
    m_shortName = addField(tr("Short name:"), QStringLiteral("unitShortName"), {});
    m_shortName->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Dinkes")));
    m_phone = addField(tr("Phone:"), QStringLiteral("unitPhone"),
                       FormField::kFirstUnitPrefix + FormField::kPhone, {},
                       [](const QString &text) { return PhoneNumber::validate(text); });
}

Status SetupFirstUnitPage::check() const
{
    if (m_name->text().isEmpty()) {
        if (!m_shortName->text().isEmpty() || !m_phone->text().isEmpty())
            return Error{QStringLiteral("required"),
                         tr("Enter the unit's name, or empty the other fields to add no unit."),
                         QStringLiteral("unit_name")};
        return {};
    }
    if (!m_phone->text().isEmpty())
        return PhoneNumber::validate(m_phone->text(), QStringLiteral("unit_phone"));
    return {};
}

void SetupFirstUnitPage::apply(InitialSetupData &setup) const
{
    if (m_name->text().isEmpty()) {
        setup.firstUnit.reset();
        return;
    }
    Unit unit;
    unit.name = m_name->text();
    unit.shortName = m_shortName->text();
    unit.phone = m_phone->text();
    setup.firstUnit = unit;
}

} // namespace kolokasi
