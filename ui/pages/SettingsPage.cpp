#include "SettingsPage.h"

#include "widgets/AgencyProfileEditor.h"
#include "widgets/DatabaseEditor.h"
#include "widgets/HolidaysEditor.h"
#include "widgets/LanguageEditor.h"
#include "widgets/NumberingEditor.h"
#include "widgets/OfficeCalendarEditor.h"
#include "widgets/PageTitle.h"
#include "widgets/SettingsSection.h"
#include "widgets/SignatoriesEditor.h"

#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kolokasi {

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    addSection(new AgencyProfileEditor(context));
    addSection(new SignatoriesEditor(context));
    addSection(new NumberingEditor(context));
    addSection(new OfficeCalendarEditor(context));
    addSection(new HolidaysEditor(context));
    addSection(new LanguageEditor(context));
    addSection(new DatabaseEditor(context));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(new PageTitle(title(), this));
    layout->addWidget(m_tabs, 1);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::addSection(SettingsSection *section)
{
    // A section may be taller than a 768-pixel screen: each scrolls on its own.
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(section->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(section);
    m_tabs->addTab(scroll, section->title());
    m_sections.append(section);
}

bool SettingsPage::hasUnsavedInput() const
{
    return std::any_of(m_sections.cbegin(), m_sections.cend(),
                       [](const SettingsSection *section) { return section->hasUnsavedInput(); });
}

void SettingsPage::reload()
{
    for (SettingsSection *section : std::as_const(m_sections)) {
        if (!section->hasUnsavedInput())
            section->reload();
    }
}

void SettingsPage::showSection(SettingsSection *section)
{
    const int index = m_sections.indexOf(section);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

} // namespace kolokasi
