#pragma once

#include "SettingsSection.h"

class QLineEdit;
class QTableWidget;

namespace kolokasi {

class DateEdit;

/// Pengaturan, "Hari libur": national holidays and cuti bersama, which the service standards
/// do not count. Add one, remove the chosen ones, or import the year's list from a CSV file
/// (date and name): every bad line is listed and nothing is imported until the file is right.
/// Each action is saved at once, so the section has no Save button.
class HolidaysEditor : public SettingsSection
{
    Q_OBJECT

public:
    explicit HolidaysEditor(UiContext &context, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void save() override {}

private:
    void addHoliday();
    void removeChosen();
    void importFile();
    void changed(const QString &text);

    QTableWidget *m_list;
    DateEdit *m_day;
    QLineEdit *m_name;
};

} // namespace kolokasi
