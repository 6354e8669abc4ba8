#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "domain/AgencyProfile.h"
#include "domain/Signatory.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace kolokasi {

class Database;

/// The settings of the agency and their rules: the agency profile (government and office names
/// required), signatories (role, name, position, employee number of their kind, Plt./Plh.),
/// office hours and working days, holidays, and any key's value (numbering patterns, paper,
/// language) with its row version, so a second admin's newer change is refused as stale.
/// Screens and commands use this, never SettingsRepository.
class SettingsService
{
    // The messages keep the translation context they had in the repository.
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static inline const QString kOfficeStartKey = SettingsRepository::kOfficeStartKey;
    static inline const QString kOfficeEndKey = SettingsRepository::kOfficeEndKey;
    /// The ISO weekdays (1 Monday ... 7 Sunday) that are working days, e.g. "1,2,3,4,5".
    static inline const QString kWorkingDaysKey = SettingsRepository::kWorkingDaysKey;

    explicit SettingsService(Database &db) : m_db(db), m_settings(db) {}

    /// The stored value of `key`, or `fallback` if it was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const
    {
        return m_settings.value(key, fallback);
    }
    /// Stores `value` under `key` (insert or replace; empty removes it), audited.
    Status setValue(const QString &key, const QString &value)
    {
        return m_settings.setValue(key, value);
    }
    /// The rows of `keys` as they are now, with their row versions, for saveRows().
    Result<SettingRows> rows(const QStringList &keys) const { return m_settings.rows(keys); }
    /// Writes `values` in one transaction unless a row of `read` changed meanwhile (stale).
    Status saveRows(const SettingRows &read, const QHash<QString, QString> &values)
    {
        return m_settings.saveRows(read, values);
    }

    Result<AgencyProfile> agencyProfile() const { return m_settings.agencyProfile(); }
    /// The profile and, in `read`, its rows' versions for the save below.
    Result<AgencyProfile> agencyProfile(SettingRows &read) const
    {
        return m_settings.agencyProfile(read);
    }
    /// Saves the whole profile at once; government and office names are required.
    Status saveAgencyProfile(const AgencyProfile &profile);
    /// Saves the profile unless another admin changed it since `read` (code stale).
    Status saveAgencyProfile(const AgencyProfile &profile, const SettingRows &read);

    Result<QList<Signatory>> signatories() const { return m_settings.signatories(); }
    /// The signatory of `role`; not_found if none was saved.
    Result<Signatory> signatory(const QString &role) const { return m_settings.signatory(role); }
    /// Inserts or replaces the signatory of `signatory.role`; the NIP is checked.
    Status saveSignatory(const Signatory &signatory);
    /// Saves an edit of the signatory as read (its rowVersion; 0: there was none): refuses with
    /// code stale if another admin saved that role meanwhile.
    Status editSignatory(const Signatory &signatory);
    /// editSignatory() for several roles in one transaction: all saved, or none.
    Status editSignatories(const QList<Signatory> &edited);
    /// Who receives the servers at the serah terima (SettingsRepository::handoverReceiver()).
    Result<Signatory> handoverReceiver() const { return m_settings.handoverReceiver(); }

    Result<QList<Holiday>> holidays() const { return m_settings.holidays(); }
    Status addHoliday(const QDate &day, const QString &name);
    Status removeHoliday(const QDate &day) { return m_settings.removeHoliday(day); }
    /// Adds every holiday of `list` in one transaction (all or nothing); a day already in the
    /// list is left as it is. Returns how many were added.
    Result<int> addHolidays(const QList<Holiday> &list);

    /// Office hours and holidays as one calendar for the service standards.
    Result<WorkingCalendar> workingCalendar() const { return m_settings.workingCalendar(); }
    /// Office hours "HH:mm"; the end must be after the start.
    Status saveOfficeHours(const QTime &start, const QTime &end);
    /// invalid_value unless `start` is before `end`: the office-hours rule, for screens too.
    static Status checkOfficeHours(const QTime &start, const QTime &end);
    /// "1,2,3,4,5" for Monday to Friday; refuses an empty set.
    static Result<QString> workingDaysText(const QSet<int> &weekdays);

private:
    static Status checkSignatory(const Signatory &signatory);
    static Status checkAgencyProfile(const AgencyProfile &profile);

    Database &m_db;
    SettingsRepository m_settings;
};

} // namespace kolokasi
