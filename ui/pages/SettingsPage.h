#pragma once

#include "Page.h"

class QTabWidget;

namespace kolokasi {

class PageTitle;
class SettingsSection;
struct UiContext;

/// Pengaturan: one tab per section (agency and letterhead, signatories, numbering, calendar
/// and paper, language, database). Each section reads, checks and saves its own settings.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    bool hasUnsavedInput() const override;
    /// Reads every section again, except one holding unsaved input.
    void reload() override;
    /// The sections in tab order (for the screenshots command and tests).
    QList<SettingsSection *> sections() const { return m_sections; }
    /// Shows the tab of `section`.
    void showSection(SettingsSection *section);

private:
    void addSection(SettingsSection *section);

    QTabWidget *m_tabs;
    QList<SettingsSection *> m_sections;
};

} // namespace kolokasi
