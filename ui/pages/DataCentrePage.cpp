#include "DataCentrePage.h"
#include "widgets/FormBinding.h"

#include "UiContext.h"
#include "pages/datacentre/FacilitySection.h"
#include "pages/datacentre/PoolSection.h"
#include "pages/datacentre/RackSection.h"
#include "widgets/MessageBar.h"
#include "widgets/PageTitle.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <QCheckBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kolokasi {

DataCentrePage::DataCentrePage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Data centre"), this)),
      m_messages(new MessageBar(this)), m_tabs(new QTabWidget(this)),
      m_showRetired(new QCheckBox(tr("Show retired"), this)),
      m_racks(new RackSection(context, this)), m_facility(new FacilitySection(context, this)),
      m_pools(new PoolSection(context, this))
{
    setObjectName(QStringLiteral("dataCentrePage"));
    m_tabs->setObjectName(QStringLiteral("dataCentreTabs"));
    m_showRetired->setObjectName(QStringLiteral("dataCentreShowRetired"));
    m_messages->hide();
    addSection(m_racks, tr("NOCs and racks"));
    addSection(m_facility, tr("Facility budgets"));
    addSection(m_pools, tr("IP pools"));
    m_tabs->setCornerWidget(m_showRetired, Qt::TopRightCorner);
    // A message concerns the tab it came from.
    connect(m_tabs, &QTabWidget::currentChanged, m_messages, &MessageBar::hideMessage);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        for (RecordSection *section : std::as_const(m_sections))
            section->setShowRetired(show);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_messages);
    layout->addWidget(m_tabs, 1);
    reload(); // when first shown
}

QString DataCentrePage::title() const
{
    return tr("Data centre");
}

void DataCentrePage::addSection(RecordSection *section, const QString &title)
{
    m_sections.append(section);
    m_tabs->addTab(section, title);
    connect(section, &RecordSection::refused, this, &DataCentrePage::showRefusal);
    connect(section, &RecordSection::changed, this, &DataCentrePage::showChange);
}

void DataCentrePage::reload()
{
    if (loadWhenShown())
        return; // the sections read their records when the page is first shown
    for (RecordSection *section : std::as_const(m_sections))
        section->reload();
}

bool DataCentrePage::hasUnsavedInput() const
{
    for (const RecordSection *section : m_sections) {
        if (section->isEditing())
            return true;
    }
    return false;
}

void DataCentrePage::showRefusal(const Error &error)
{
    m_messages->showMessage(error.message, MessageBar::Kind::Error);
    if (FormBinding::isStale(error))
        m_messages->setAction(tr("Reload"), [this] { reloadAfterStale(); });
    m_messages->show();
}

void DataCentrePage::showChange(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Information);
    m_messages->show();
    // Capacity, the Dasbor and other admins' windows redraw from the new racks and pools.
    if (ChangeNotifier *notifier = m_context.workflow.notifier())
        notifier->announcePlacements();
    else
        reload();
}

void DataCentrePage::reloadAfterStale()
{
    reload();
    for (RecordSection *section : std::as_const(m_sections))
        section->reloadEditedRecord();
    m_messages->showMessage(tr("Reloaded: the form shows the record as stored now."),
                            MessageBar::Kind::Information);
}

} // namespace kolokasi
