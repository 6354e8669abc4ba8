#pragma once

#include "Page.h"
#include "common/Result.h"

class QCheckBox;
class QTabWidget;

namespace kolokasi {

class FacilitySection;
class MessageBar;
class PageTitle;
class PoolSection;
class RackSection;
class RecordSection;
struct UiContext;

/// Pusat Data: the NOCs and their racks, the facility budgets and the IP pools, each added,
/// edited and retired in place. The core refuses what would cut off a placement and names
/// it; the refusal shows in the message bar. Retired records appear, greyed and marked
/// "Dipensiunkan", when "Tampilkan yang dipensiunkan" is ticked.
class DataCentrePage : public Page
{
    Q_OBJECT

public:
    explicit DataCentrePage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    bool hasUnsavedInput() const override;

private:
    void addSection(RecordSection *section, const QString &title);
    void showRefusal(const Error &error);
    void showChange(const QString &message);
    void reloadAfterStale();

    UiContext &m_context;
    PageTitle *m_title;
    MessageBar *m_messages;
    QTabWidget *m_tabs;
    QCheckBox *m_showRetired;
    RackSection *m_racks;
    FacilitySection *m_facility;
    PoolSection *m_pools;
    QList<RecordSection *> m_sections;
};

} // namespace kolokasi
