#pragma once

#include "SettingsSection.h"
#include "domain/AgencyProfile.h"
#include "services/SettingsService.h"

#include <QImage>

class QFormLayout;
class QLabel;
class QPushButton;

namespace kolokasi {

class ValidatedLineEdit;

/// Pengaturan, "Profil instansi": the agency's names, address and contacts, the city of the
/// date line and the logo, with a live preview of the letterhead drawn by the printouts' own
/// code (Letterhead) as it will print. The logo is kept in the database, so every PC of a
/// shared database prints the same.
class AgencyProfileEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit AgencyProfileEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;
    /// The letterhead as the preview shows it now (full resolution).
    QImage previewImage() const { return m_preview; }

private:
    ValidatedLineEdit *addField(const QString &field, const QString &label, QFormLayout *form);
    AgencyProfile shownProfile() const;
    void chooseLogo();
    void removeLogo();
    void edited();
    void updatePreview();
    void showLogo();

    SettingRows m_read;
    QByteArray m_logo;
    QHash<QString, ValidatedLineEdit *> m_fields; // by the core's field name
    QLabel *m_logoView;
    QPushButton *m_removeLogo;
    QLabel *m_previewLabel;
    QImage m_preview;
};

} // namespace kolokasi
