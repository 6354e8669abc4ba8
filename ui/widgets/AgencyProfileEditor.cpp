#include "AgencyProfileEditor.h"
#include "FormBinding.h"
#include "domain/FormField.h"

#include "Dialogs.h"
#include "FormParts.h"
#include "SaveGate.h"
#include "UiContext.h"
#include "ValidatedLineEdit.h"
#include "documents/DocumentService.h"
#include "documents/Letterhead.h"
#include "documents/LogoImage.h"
#include "validation/DomainName.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumber.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
// The preview is drawn at a print-like resolution, then scaled down smoothly to fit.
constexpr int kPreviewDotsPerInch = 150;
constexpr int kLogoThumbnailHeight = 64;

// An optional field is only checked once something is typed in it.
ValidatedLineEdit::Rule optional(std::function<Status(const QString &)> rule)
{
    return [rule = std::move(rule)](const QString &text) {
        return text.trimmed().isEmpty() ? Status() : rule(text);
    };
}
} // namespace

AgencyProfileEditor::AgencyProfileEditor(UiContext &context, QWidget *parent)
    : SettingsSection(context, QStringLiteral("agencyProfileEditor"), parent),
      m_logoView(new QLabel(this)), m_removeLogo(new QPushButton(tr("Remove logo"), this)),
      m_previewLabel(new QLabel(this))
{
    auto *formHolder = new QWidget(this);
    QFormLayout *form = makeFormLayout(formHolder);
    form->setContentsMargins(0, 0, 0, 0);
    ValidatedLineEdit *government =
        addField(FormField::kGovernmentName, tr("Government name:"), form);
    government->setRequired(tr("Enter the government name, e.g. PEMERINTAH KABUPATEN CIREBON."));
    government->lineEdit()->setPlaceholderText(QStringLiteral("PEMERINTAH KABUPATEN CIREBON"));
    ValidatedLineEdit *office = addField(FormField::kOfficeName, tr("Office name:"), form);
    office->setRequired(tr("Enter the office name, e.g. DINAS KOMUNIKASI DAN INFORMATIKA."));
    office->lineEdit()->setPlaceholderText(QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
    addField(QStringLiteral("division_name"), tr("Division:"), form);
    addField(FormField::kAddress, tr("Address:"), form);
    addField(FormField::kPhone, tr("Telephone:"), form)->setRule(optional([](const QString &text) {
        return PhoneNumber::validate(text);
    }));
    addField(FormField::kEmail, tr("E-mail:"), form)->setRule(optional([](const QString &text) {
        return EmailAddress::validate(text);
    }));
    addField(QStringLiteral("website"), tr("Website:"), form)
        ->setRule(optional([](const QString &text) {
            return DomainName::validate(text, QStringLiteral("website"));
        }));
    ValidatedLineEdit *place = addField(FormField::kPlace, tr("City of the date line:"), form);
    place->lineEdit()->setPlaceholderText(QStringLiteral("Sumber"));

    m_logoView->setObjectName(QStringLiteral("logoView"));
    m_logoView->setFixedSize(kLogoThumbnailHeight, kLogoThumbnailHeight);
    m_logoView->setAlignment(Qt::AlignCenter);
    m_logoView->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Choose logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    chooseLogo->setAutoDefault(false);
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_removeLogo->setAutoDefault(false);
    connect(chooseLogo, &QPushButton::clicked, this, &AgencyProfileEditor::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &AgencyProfileEditor::removeLogo);
    auto *logoRow = new QWidget(formHolder);
    auto *logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addWidget(m_logoView);
    logoLayout->addWidget(chooseLogo);
    logoLayout->addWidget(m_removeLogo);
    logoLayout->addWidget(
        makeHint(tr("PNG, JPEG or SVG, at most 2 MB; kept in the database."), logoRow), 1);
    form->addRow(tr("Logo:"), logoRow);
    body()->addWidget(formHolder);

    body()->addWidget(makeSectionHeading(tr("Letterhead preview (as printed)"), this));
    m_previewLabel->setObjectName(QStringLiteral("letterheadPreview"));
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_previewLabel->setStyleSheet(QStringLiteral("background: white;"));
    body()->addWidget(m_previewLabel);
    reload();
}

QString AgencyProfileEditor::title() const
{
    return tr("Agency and letterhead");
}

ValidatedLineEdit *AgencyProfileEditor::addField(const QString &field, const QString &label,
                                                 QFormLayout *form)
{
    auto *edit = new ValidatedLineEdit(form->parentWidget());
    edit->setObjectName(field);
    form->addRow(label, edit);
    gate()->watch(edit);
    connect(edit, &ValidatedLineEdit::edited, this, &AgencyProfileEditor::edited);
    m_fields.insert(field, edit);
    // The core names these in its refusals (the division and website are never refused).
    if (field != QLatin1String("division_name") && field != QLatin1String("website"))
        binding()->bind(field, edit);
    return edit;
}

void AgencyProfileEditor::reload()
{
    auto profile = SettingsService(ui().db).agencyProfile(m_read);
    if (!profile.ok())
        return showRefusal(profile.error());
    m_fields[QStringLiteral("government_name")]->setText(profile->governmentName);
    m_fields[QStringLiteral("office_name")]->setText(profile->officeName);
    m_fields[QStringLiteral("division_name")]->setText(profile->divisionName);
    m_fields[QStringLiteral("address")]->setText(profile->address);
    m_fields[QStringLiteral("phone")]->setText(profile->phone);
    m_fields[QStringLiteral("email")]->setText(profile->email);
    m_fields[QStringLiteral("website")]->setText(profile->website);
    m_fields[QStringLiteral("place")]->setText(profile->place);
    for (ValidatedLineEdit *field : std::as_const(m_fields))
        field->clearProblem();
    m_logo = profile->logoPng;
    showLogo();
    updatePreview();
    markClean();
}

AgencyProfile AgencyProfileEditor::shownProfile() const
{
    AgencyProfile profile;
    profile.governmentName = m_fields[QStringLiteral("government_name")]->text();
    profile.officeName = m_fields[QStringLiteral("office_name")]->text();
    profile.divisionName = m_fields[QStringLiteral("division_name")]->text();
    profile.address = m_fields[QStringLiteral("address")]->text();
    profile.phone = m_fields[QStringLiteral("phone")]->text();
    profile.email = m_fields[QStringLiteral("email")]->text();
    profile.website = m_fields[QStringLiteral("website")]->text();
    profile.place = m_fields[QStringLiteral("place")]->text();
    profile.logoPng = m_logo;
    return profile;
}

void AgencyProfileEditor::save()
{
    bool valid = true;
    for (ValidatedLineEdit *field : std::as_const(m_fields))
        valid = field->validateNow() && valid;
    if (!valid)
        return;
    if (Status saved = SettingsService(ui().db).saveAgencyProfile(shownProfile(), m_read);
        !saved.ok())
        return showRefusal(saved.error());
    (void)SettingsService(ui().db).agencyProfile(m_read); // the versions just written
    confirmSaved(
        tr("The agency profile and letterhead were saved; printouts use them from now on."));
}

void AgencyProfileEditor::chooseLogo()
{
    const QString path = ui().dialogs.openFileName(this, tr("Choose the logo"),
                                                   tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    auto logo = LogoImage::fromFile(path);
    if (!logo.ok())
        return showRefusal(logo.error());
    m_logo = *logo;
    showLogo();
    edited();
}

void AgencyProfileEditor::removeLogo()
{
    m_logo.clear();
    showLogo();
    edited();
}

void AgencyProfileEditor::edited()
{
    markEdited();
    updatePreview();
}

void AgencyProfileEditor::showLogo()
{
    const QImage logo = QImage::fromData(m_logo);
    m_logoView->setPixmap(logo.isNull() ? QPixmap()
                                        : QPixmap::fromImage(logo.scaled(
                                              m_logoView->size() - QSize(6, 6), Qt::KeepAspectRatio,
                                              Qt::SmoothTransformation)));
    m_logoView->setText(logo.isNull() ? tr("none") : QString());
    m_removeLogo->setEnabled(!logo.isNull());
}

void AgencyProfileEditor::updatePreview()
{
    auto paper = DocumentService(ui().db).defaultPaper();
    m_preview =
        Letterhead::preview(shownProfile(), paper.ok() ? *paper : Paper::F4, kPreviewDotsPerInch);
    // As wide as the form above it: the whole width of the page, margins included.
    const int width = kFormMaxWidth - 2 * m_previewLabel->frameWidth();
    m_previewLabel->setPixmap(
        QPixmap::fromImage(m_preview.scaledToWidth(width, Qt::SmoothTransformation)));
    m_previewLabel->setFixedSize(m_previewLabel->pixmap().size() +
                                 QSize(2, 2) * m_previewLabel->frameWidth());
}

} // namespace kolokasi
