#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "domain/AgencyProfile.h"
#include "domain/Signatory.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace kolokasi {

class Database;

/// A national holiday or day of collective leave (cuti bersama).
struct Holiday
{
    QDate day;
    QString name;
};

/// A settings row as it was read: its value and row version (0: the key was not set), so a
/// later save can tell whether another admin changed it meanwhile.
struct SettingRow
{
    QString value;
    int rowVersion = 0;
};
using SettingRows = QHash<QString, SettingRow>;

/// The rows of the settings kept in the database (shared by every admin of a PostgreSQL setup):
/// the agency profile and letterhead, signatories, office hours, holidays, numbering patterns.
/// Their rules are SettingsService's.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static inline const QString kOfficeStartKey = QStringLiteral("office/start");
    static inline const QString kOfficeEndKey = QStringLiteral("office/end");
    /// The ISO weekdays (1 Monday ... 7 Sunday) that are working days, e.g. "1,2,3,4,5".
    static inline const QString kWorkingDaysKey = QStringLiteral("office/working_days");

    explicit SettingsRepository(Database &db) : m_db(db) {}

    /// The stored value of `key`, or `fallback` if it was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    /// Stores `value` under `key` (insert or replace; empty removes it), audited.
    Status setValue(const QString &key, const QString &value);

    /// The rows of `keys` as they are now, with their row versions, for saveRows().
    Result<SettingRows> rows(const QStringList &keys) const;
    /// Writes `values` (key to value; empty removes the key) in one transaction, but only if no
    /// row of `read` (nor of `values`) changed since it was read: else refuses with code
    /// "stale" and writes nothing, so a second admin's newer change is never overwritten.
    Status saveRows(const SettingRows &read, const QHash<QString, QString> &values);

    Result<AgencyProfile> agencyProfile() const;
    /// Saves the whole profile at once (SettingsService checks it first).
    Status saveAgencyProfile(const AgencyProfile &profile);
    /// The profile and, in `read`, its rows' versions for the save below.
    Result<AgencyProfile> agencyProfile(SettingRows &read) const;
    /// Saves the profile unless another admin changed it since `read` (code stale).
    Status saveAgencyProfile(const AgencyProfile &profile, const SettingRows &read);

    Result<QList<Signatory>> signatories() const;
    /// The signatory of `role`; not_found if none was saved.
    Result<Signatory> signatory(const QString &role) const;
    /// Inserts or replaces the signatory of `signatory.role` (SettingsService checks it first).
    Status saveSignatory(const Signatory &signatory);
    /// Saves an edit of the signatory as read (its rowVersion; 0: there was none): refuses with
    /// code stale if another admin saved that role meanwhile.
    Status editSignatory(const Signatory &signatory);
    /// editSignatory() for several roles in one transaction: all saved, or none.
    Status editSignatories(const QList<Signatory> &edited);
    /// Who receives the servers at the serah terima: the receiving officer if one is set,
    /// else the data-centre officer (not_found if neither is).
    Result<Signatory> handoverReceiver() const;

    Result<QList<Holiday>> holidays() const;
    Status addHoliday(const QDate &day, const QString &name);
    Status removeHoliday(const QDate &day);
    /// Adds every holiday of `list` in one transaction (all or nothing); a day already in the
    /// list is left as it is. Returns how many were added.
    Result<int> addHolidays(const QList<Holiday> &list);

    /// Office hours and holidays as one calendar for the service standards.
    Result<WorkingCalendar> workingCalendar() const;
    /// Office hours "HH:mm" (SettingsService checks the end is after the start).
    Status saveOfficeHours(const QTime &start, const QTime &end);

private:
    Status writeRow(const QString &key, const QString &value, int expectedVersion);
    Error staleSettings(const QString &key) const;

    Database &m_db;
};

} // namespace kolokasi
