#pragma once

#include "SettingsSection.h"

class QComboBox;

namespace kolokasi {

/// Pengaturan, "Bahasa": the language of windows and messages on this PC (kept in the PC's
/// own settings, not the database), used from the next start. Printouts stay Indonesian.
class LanguageEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit LanguageEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;

private:
    QComboBox *m_language;
};

} // namespace kolokasi
