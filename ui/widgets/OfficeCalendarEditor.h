#pragma once

#include "SettingsSection.h"
#include "services/SettingsService.h"

class QCheckBox;
class QRadioButton;
class QTableWidget;
class QTimeEdit;

namespace kolokasi {

/// Pengaturan, "Kertas dan jam kerja": the paper new printouts use (A4 or F4), office hours and
/// working days (what the service standards count), and the SOP's service standard per step,
/// shown read-only in office time under these hours.
class OfficeCalendarEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit OfficeCalendarEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override;

private:
    QSet<int> shownWeekdays() const;
    void showStandards();
    QStringList keys() const;

    SettingRows m_read;
    QRadioButton *m_a4;
    QRadioButton *m_f4;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QList<QCheckBox *> m_weekdays; // Monday first
    QTableWidget *m_standards;
};

} // namespace kolokasi
