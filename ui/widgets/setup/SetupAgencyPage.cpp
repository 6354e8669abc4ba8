#include "SetupAgencyPage.h"
#include "domain/FormField.h"

#include "documents/LogoImage.h"
#include "store/DocumentNumbering.h"
#include "store/InitialSetup.h"
#include "validation/PhoneNumber.h"
#include "widgets/Dialogs.h"
#include "widgets/ValidatedLineEdit.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace kolokasi {

namespace {
// The rule Pengaturan applies to a logo (PNG, JPEG or SVG, at most 2 MB): one rule for both.
Status imageRule(const QString &path)
{
    const auto png = LogoImage::fromFile(path);
    return png.ok() ? Status() : Status(png.error());
}
} // namespace

SetupAgencyPage::SetupAgencyPage(Dialogs &dialogs, QWidget *parent)
    : SetupPage(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("setupAgencyPage"));
    setTitle(tr("Agency and letterhead"));
    setSubTitle(tr("As the letterhead (kop surat) of the printed forms shows it."));
    m_government = addField(tr("Government:"), QStringLiteral("governmentName"),
                            FormField::kGovernmentName, tr("Enter the government's name."));
    m_government->lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("PEMERINTAH KABUPATEN CIREBON")));
    m_office = addField(tr("Office:"), QStringLiteral("officeName"), FormField::kOfficeName,
                        tr("Enter the office's name."));
    m_office->lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA")));
    m_division = addField(tr("Division:"), QStringLiteral("divisionName"), {});
    m_division->lineEdit()->setPlaceholderText(
        tr("e.g. %1").arg(QStringLiteral("BIDANG TEKNOLOGI INFORMATIKA")));
    m_address = addField(tr("Address:"), QStringLiteral("address"), FormField::kAddress,
                         tr("Enter the address."));
    m_phone = addField(tr("Phone:"), QStringLiteral("phone"), FormField::kPhone, {},
                       [](const QString &text) { return PhoneNumber::validate(text); });
    m_email = addField(tr("E-mail:"), QStringLiteral("email"), {});
    m_website = addField(tr("Website:"), QStringLiteral("website"), {});
    m_place = addField(tr("City of the date line:"), QStringLiteral("place"), FormField::kPlace,
                       tr("Enter the city printed before the date."));
    m_place->lineEdit()->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Sumber")));
    // The built-in pattern, offered to keep or change: printing waits for a chosen pattern.
    m_numbering = addField(tr("Numbering pattern:"), QStringLiteral("numberingPattern"),
                           FormField::kNumberingPattern, tr("Enter the numbering pattern."),
                           [](const QString &text) { return InitialSetup::checkNumbering(text); });
    m_numbering->setText(DocumentNumbering::kDefaultPattern);
    m_numbering->setToolTip(
        tr("{seq:4} is the sequence of the year, {code} the document's code (PGJ, PSJ, BAST...), "
           "{year} the year of its date; start with your archive classification code, e.g. %1.")
            .arg(QStringLiteral("500.12.15/{seq:4}/{code}/Diskominfo/{year}")));

    // The logo row: the file's path and a button that opens the file chooser.
    m_logo = new ValidatedLineEdit(this);
    m_logo->setObjectName(QStringLiteral("logoFile"));
    m_logo->setRule(imageRule);
    connect(m_logo->lineEdit(), &QLineEdit::textChanged, this, &SetupAgencyPage::changed);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseLogo"));
    connect(choose, &QPushButton::clicked, this, &SetupAgencyPage::chooseLogo);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(m_logo, 1);
    rowLayout->addWidget(choose, 0, Qt::AlignTop);
    form()->addRow(tr("Logo:"), row);
}

void SetupAgencyPage::chooseLogo()
{
    const QString path = m_dialogs.openFileName(this, tr("Choose the logo"),
                                                tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    m_logo->setText(QDir::toNativeSeparators(path));
    m_logo->validateNow();
}

AgencyProfile SetupAgencyPage::profile() const
{
    AgencyProfile profile;
    profile.governmentName = m_government->text();
    profile.officeName = m_office->text();
    profile.divisionName = m_division->text();
    profile.address = m_address->text();
    profile.phone = m_phone->text();
    profile.email = m_email->text();
    profile.website = m_website->text();
    profile.place = m_place->text();
    return profile;
}

Status SetupAgencyPage::check() const
{
    if (Status agency = InitialSetup::checkAgency(profile()); !agency.ok())
        return agency;
    if (Status numbering = InitialSetup::checkNumbering(m_numbering->text()); !numbering.ok())
        return numbering;
    if (!m_logo->text().isEmpty())
        return imageRule(m_logo->text());
    return {};
}

QByteArray SetupAgencyPage::logoPng() const
{
    if (m_logo->text().isEmpty())
        return {};
    const auto png = LogoImage::fromFile(m_logo->text());
    return png.ok() ? *png : QByteArray();
}

void SetupAgencyPage::apply(InitialSetupData &setup) const
{
    setup.agency = profile();
    setup.agency.logoPng = logoPng();
    setup.numberingPattern = m_numbering->text().trimmed();
}

} // namespace kolokasi
