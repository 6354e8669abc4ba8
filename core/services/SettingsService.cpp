#include "SettingsService.h"

#include "store/Database.h"
#include "validation/EmployeeNumber.h"
#include "validation/Required.h"

#include <algorithm>

namespace kolokasi {

Status SettingsService::checkAgencyProfile(const AgencyProfile &profile)
{
    if (Status filled = Required::text(profile.governmentName, QStringLiteral("government_name"),
                                       tr("Government name"));
        !filled.ok())
        return filled;
    return Required::text(profile.officeName, QStringLiteral("office_name"), tr("Office name"));
}

Status SettingsService::saveAgencyProfile(const AgencyProfile &profile)
{
    if (Status valid = checkAgencyProfile(profile); !valid.ok())
        return valid;
    return m_settings.saveAgencyProfile(profile);
}

Status SettingsService::saveAgencyProfile(const AgencyProfile &profile, const SettingRows &read)
{
    if (Status valid = checkAgencyProfile(profile); !valid.ok())
        return valid;
    return m_settings.saveAgencyProfile(profile, read);
}

Status SettingsService::checkSignatory(const Signatory &signatory)
{
    if (Status filled = Required::text(signatory.role, QStringLiteral("role"), tr("Role"));
        !filled.ok())
        return filled;
    if (Status filled = Required::text(signatory.name, QStringLiteral("name"), tr("Name"));
        !filled.ok())
        return filled;
    if (Status filled =
            Required::text(signatory.position, QStringLiteral("position"), tr("Position"));
        !filled.ok())
        return filled;
    if (Status valid = EmployeeNumber::validate(signatory.nip, signatory.kind);
        !signatory.nip.trimmed().isEmpty() && !valid.ok())
        return valid;
    const QString acting = signatory.acting.trimmed();
    if (!acting.isEmpty() && acting != QLatin1String("Plt.") && acting != QLatin1String("Plh."))
        return Error{QStringLiteral("invalid_value"),
                     tr("Acting must be empty, Plt. (pelaksana tugas) or Plh. (pelaksana harian)."),
                     QStringLiteral("acting")};
    return {};
}

Status SettingsService::saveSignatory(const Signatory &signatory)
{
    if (Status valid = checkSignatory(signatory); !valid.ok())
        return valid;
    return m_settings.saveSignatory(signatory);
}

Status SettingsService::editSignatory(const Signatory &signatory)
{
    if (Status valid = checkSignatory(signatory); !valid.ok())
        return valid;
    return m_settings.editSignatory(signatory);
}

Status SettingsService::editSignatories(const QList<Signatory> &edited)
{
    return m_db.transaction([&]() -> Status {
        for (const Signatory &signatory : edited) {
            if (Status saved = editSignatory(signatory); !saved.ok())
                return saved;
        }
        return Status();
    });
}

Status SettingsService::addHoliday(const QDate &day, const QString &name)
{
    if (!day.isValid())
        return Error{QStringLiteral("date_invalid"), tr("Choose the date of the holiday."),
                     QStringLiteral("day")};
    if (Status filled = Required::text(name, QStringLiteral("name"), tr("Holiday name"));
        !filled.ok())
        return filled;
    return m_settings.addHoliday(day, name);
}

Result<int> SettingsService::addHolidays(const QList<Holiday> &list)
{
    for (const Holiday &holiday : list) {
        if (!holiday.day.isValid() || holiday.name.trimmed().isEmpty())
            return Error{QStringLiteral("invalid_value"),
                         tr("Every holiday needs a date and a name."), QStringLiteral("day")};
    }
    return m_settings.addHolidays(list);
}

Status SettingsService::checkOfficeHours(const QTime &start, const QTime &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return Error{QStringLiteral("office_hours_invalid"),
                     tr("Office hours must end after they start."), QStringLiteral("office_end")};
    return {};
}

Result<QString> SettingsService::workingDaysText(const QSet<int> &weekdays)
{
    QList<int> sorted(weekdays.cbegin(), weekdays.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList days;
    for (int day : sorted) {
        if (day >= 1 && day <= 7)
            days.append(QString::number(day));
    }
    if (days.isEmpty())
        return Error{QStringLiteral("invalid_value"), tr("Choose at least one working day."),
                     QStringLiteral("working_days")};
    return days.join(QLatin1Char(','));
}

Status SettingsService::saveOfficeHours(const QTime &start, const QTime &end)
{
    if (Status valid = checkOfficeHours(start, end); !valid.ok())
        return valid;
    return m_settings.saveOfficeHours(start, end);
}

} // namespace kolokasi
