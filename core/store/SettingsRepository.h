#pragma once

#include "calendar/WorkingCalendar.h"
#include "common/Result.h"
#include "domain/AgencyProfile.h"
#include "domain/Signatory.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kolokasi {

class Database;

/// A national holiday or day of collective leave (cuti bersama).
struct Holiday
{
    QDate day;
    QString name;
};

/// Settings kept in the database (shared by every admin of a PostgreSQL setup): the agency
/// profile and letterhead, signatories, office hours, holidays, numbering patterns.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static inline const QString kOfficeStartKey = QStringLiteral("office/start");
    static inline const QString kOfficeEndKey = QStringLiteral("office/end");

    explicit SettingsRepository(Database &db) : m_db(db) {}

    /// The stored value of `key`, or `fallback` if it was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    /// Stores `value` under `key` (insert or replace; empty removes it), audited.
    Status setValue(const QString &key, const QString &value);

    Result<AgencyProfile> agencyProfile() const;
    /// Saves the whole profile at once; government and office names are required.
    Status saveAgencyProfile(const AgencyProfile &profile);

    Result<QList<Signatory>> signatories() const;
    /// The signatory of `role`; not_found if none was saved.
    Result<Signatory> signatory(const QString &role) const;
    /// Inserts or replaces the signatory of `signatory.role`; the NIP is checked.
    Status saveSignatory(const Signatory &signatory);

    Result<QList<Holiday>> holidays() const;
    Status addHoliday(const QDate &day, const QString &name);
    Status removeHoliday(const QDate &day);

    /// Office hours and holidays as one calendar for the service standards.
    Result<WorkingCalendar> workingCalendar() const;
    /// Office hours "HH:mm"; the end must be after the start.
    Status saveOfficeHours(const QTime &start, const QTime &end);

private:
    Database &m_db;
};

} // namespace kolokasi
