#include "UnitDialog.h"
#include "domain/FormField.h"

#include "ValidatedLineEdit.h"
#include "domain/UnitHeadTitle.h"
#include "services/MasterData.h"
#include "validation/PhoneNumber.h"

#include <QFormLayout>
#include <QLineEdit>

namespace kolokasi {

UnitDialog::UnitDialog(Database &db, const Unit &unit, QWidget *parent)
    : RecordDialog(parent), m_db(db), m_unit(unit), m_name(new ValidatedLineEdit(this)),
      m_code(new QLineEdit(this)), m_headTitle(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_phone(new ValidatedLineEdit(this)), m_email(new QLineEdit(this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(unit.id > 0 ? tr("Edit unit") : tr("Add unit"));
    m_name->setObjectName(QStringLiteral("unitName"));
    m_name->setRequired(tr("Fill in the unit's name."));
    m_name->lineEdit()->setPlaceholderText(tr("e.g. Dinas Kesehatan"));
    m_code->setObjectName(QStringLiteral("unitCode"));
    m_code->setPlaceholderText(tr("e.g. Dinkes"));
    // Letters are addressed to the head by title; empty keeps the title the unit's name gives
    // (shown as the placeholder while the name is typed).
    m_headTitle->setObjectName(QStringLiteral("unitHeadTitle"));
    m_headTitle->setToolTip(tr("Letters to the unit are addressed to this title. Leave it empty "
                               "to use the usual title for the unit's name."));
    connect(m_name->lineEdit(), &QLineEdit::textChanged, m_headTitle, [this](const QString &name) {
        m_headTitle->setPlaceholderText(UnitHeadTitle::defaultFor(name));
    });
    m_address->setObjectName(QStringLiteral("unitAddress"));
    m_phone->setObjectName(QStringLiteral("unitPhone"));
    m_phone->setRule([](const QString &text) { return PhoneNumber::validate(text); });
    m_phone->lineEdit()->setPlaceholderText(tr("e.g. 0812-2345-6789 or (0231) 8330580"));
    m_email->setObjectName(QStringLiteral("unitEmail"));

    form()->addRow(tr("Unit name:"), m_name);
    form()->addRow(tr("Short code:"), m_code);
    form()->addRow(tr("Head's title:"), m_headTitle);
    form()->addRow(tr("Address:"), m_address);
    form()->addRow(tr("Phone:"), m_phone);
    form()->addRow(tr("E-mail:"), m_email);
    watch(m_name);
    watch(m_phone);
    mapField(FormField::kName, m_name);
    mapField(FormField::kPhone, m_phone);

    m_name->setText(unit.name);
    m_code->setText(unit.shortName);
    m_headTitle->setPlaceholderText(UnitHeadTitle::defaultFor(unit.name));
    m_headTitle->setText(unit.headTitle);
    m_address->setText(unit.address);
    m_phone->setText(unit.phone);
    m_email->setText(unit.email);
}

Status UnitDialog::save()
{
    Unit edited = m_unit;
    edited.name = m_name->text();
    edited.shortName = m_code->text();
    edited.headTitle = m_headTitle->text();
    edited.address = m_address->text();
    edited.phone = m_phone->text();
    edited.email = m_email->text();
    MasterData units(m_db);
    auto stored = edited.id > 0 ? units.update(edited) : units.create(edited);
    if (!stored.ok())
        return stored.error();
    m_unit = *stored;
    return {};
}

} // namespace kolokasi
