#include "SettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "validation/Nip.h"
#include "validation/Required.h"

#include <utility>

namespace kolokasi {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");

// The profile's fields and their keys, so reading and saving cannot drift apart.
QList<std::pair<QString, QString AgencyProfile::*>> profileTextFields()
{
    return {{QStringLiteral("agency/government_name"), &AgencyProfile::governmentName},
            {QStringLiteral("agency/office_name"), &AgencyProfile::officeName},
            {QStringLiteral("agency/division_name"), &AgencyProfile::divisionName},
            {QStringLiteral("agency/address"), &AgencyProfile::address},
            {QStringLiteral("agency/phone"), &AgencyProfile::phone},
            {QStringLiteral("agency/email"), &AgencyProfile::email},
            {QStringLiteral("agency/website"), &AgencyProfile::website},
            {QStringLiteral("agency/place"), &AgencyProfile::place}};
}
const QString kLogoKey = QStringLiteral("agency/logo_png");

const QString kSignatoryColumns = QStringLiteral("role, name, nip, position, rank, acting");

Signatory signatoryFrom(const Query &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString()};
}
} // namespace

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    Query query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (Status done = query.exec(); !done.ok())
        return done.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Status {
        // An empty value means "not set": the row goes, and value() answers its fallback.
        Query write(m_db, value.isEmpty()
                                  ? QStringLiteral("DELETE FROM settings WHERE key = :key")
                                  : QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                                   "row_version = settings.row_version + 1"));
        write.bind(QStringLiteral(":key"), key);
        if (!value.isEmpty())
            write.bind(QStringLiteral(":value"), value);
        if (Status done = write.exec(key); !done.ok())
            return done;
        // The logo is large and binary: the audit says it changed, not what it is.
        return AuditLog(m_db).append(QStringLiteral("set"), QStringLiteral("setting"), 0,
                                     key == kLogoKey ? key : key + QStringLiteral(" = ") + value.left(200));
    });
}

Result<AgencyProfile> SettingsRepository::agencyProfile() const
{
    AgencyProfile profile;
    for (const auto &[key, member] : profileTextFields()) {
        auto stored = value(key);
        if (!stored.ok())
            return stored.error();
        profile.*member = *stored;
    }
    auto logo = value(kLogoKey);
    if (!logo.ok())
        return logo.error();
    profile.logoPng = QByteArray::fromBase64(logo->toLatin1());
    return profile;
}

Status SettingsRepository::saveAgencyProfile(const AgencyProfile &profile)
{
    if (Status filled = Required::text(profile.governmentName, QStringLiteral("government_name"),
                                       tr("Government name")); !filled.ok())
        return filled;
    if (Status filled = Required::text(profile.officeName, QStringLiteral("office_name"), tr("Office name"));
        !filled.ok())
        return filled;
    return m_db.transaction([&]() -> Status {
        for (const auto &[key, member] : profileTextFields()) {
            if (Status saved = setValue(key, (profile.*member).trimmed()); !saved.ok())
                return saved;
        }
        return setValue(kLogoKey, QString::fromLatin1(profile.logoPng.toBase64()));
    });
}

Result<QList<Signatory>> SettingsRepository::signatories() const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM signatories ORDER BY role").arg(kSignatoryColumns)).list(signatoryFrom);
}

Result<Signatory> SettingsRepository::signatory(const QString &role) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM signatories WHERE role = :role").arg(kSignatoryColumns));
    query.bind(QStringLiteral(":role"), role);
    return query.one(signatoryFrom, Error{QStringLiteral("not_found"),
                                          tr("No signatory has been set for the role %1.").arg(role),
                                          QStringLiteral("role")});
}

Status SettingsRepository::saveSignatory(const Signatory &signatory)
{
    if (Status filled = Required::text(signatory.role, QStringLiteral("role"), tr("Role")); !filled.ok())
        return filled;
    if (Status filled = Required::text(signatory.name, QStringLiteral("name"), tr("Name")); !filled.ok())
        return filled;
    if (Status filled = Required::text(signatory.position, QStringLiteral("position"), tr("Position")); !filled.ok())
        return filled;
    if (Status valid = Nip::validate(signatory.nip); !signatory.nip.trimmed().isEmpty() && !valid.ok())
        return valid;
    const QString acting = signatory.acting.trimmed();
    if (!acting.isEmpty() && acting != QLatin1String("Plt.") && acting != QLatin1String("Plh."))
        return Error{QStringLiteral("invalid_value"),
                     tr("Acting must be empty, Plt. (pelaksana tugas) or Plh. (pelaksana harian)."),
                     QStringLiteral("acting")};
    return m_db.transaction([&]() -> Status {
        Query upsert(m_db, QStringLiteral(
                "INSERT INTO signatories (role, name, nip, position, rank, acting) "
                "VALUES (:role, :name, :nip, :position, :rank, :acting) "
                "ON CONFLICT (role) DO UPDATE SET name = excluded.name, nip = excluded.nip, "
                "position = excluded.position, rank = excluded.rank, acting = excluded.acting, "
                "row_version = signatories.row_version + 1"));
        upsert.bind(QStringLiteral(":role"), signatory.role)
                .bind(QStringLiteral(":name"), signatory.name.trimmed())
                .bindOptional(QStringLiteral(":nip"), Nip::normalized(signatory.nip))
                .bind(QStringLiteral(":position"), signatory.position.trimmed())
                .bindOptional(QStringLiteral(":rank"), signatory.rank.trimmed())
                .bindOptional(QStringLiteral(":acting"), acting);
        if (Status done = upsert.exec(); !done.ok())
            return done;
        return AuditLog(m_db).append(QStringLiteral("set"), QStringLiteral("signatory"), 0,
                                     signatory.role + QStringLiteral(" = ") + signatory.name);
    });
}

Result<QList<Holiday>> SettingsRepository::holidays() const
{
    return Query(m_db, QStringLiteral("SELECT day, name FROM holidays ORDER BY day")).list([](const Query &q) {
        return Holiday{QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()};
    });
}

Status SettingsRepository::addHoliday(const QDate &day, const QString &name)
{
    if (!day.isValid())
        return Error{QStringLiteral("date_invalid"), tr("Choose the date of the holiday."), QStringLiteral("day")};
    if (Status filled = Required::text(name, QStringLiteral("name"), tr("Holiday name")); !filled.ok())
        return filled;
    return m_db.transaction([&]() -> Status {
        Query insert(m_db, QStringLiteral("INSERT INTO holidays (day, name) VALUES (:day, :name)"));
        insert.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).bind(QStringLiteral(":name"), name.trimmed());
        if (Status done = insert.exec(QStringLiteral("day")); !done.ok())
            return done;
        return AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("holiday"), 0,
                                     day.toString(Qt::ISODate) + QLatin1Char(' ') + name);
    });
}

Status SettingsRepository::removeHoliday(const QDate &day)
{
    return m_db.transaction([&]() -> Status {
        Query remove(m_db, QStringLiteral("DELETE FROM holidays WHERE day = :day"));
        remove.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (Status done = remove.exec(); !done.ok())
            return done;
        if (remove.rowsAffected() == 0)
            return Error{QStringLiteral("not_found"),
                         tr("%1 is not in the list of holidays.").arg(day.toString(Qt::ISODate)), QStringLiteral("day")};
        return AuditLog(m_db).append(QStringLiteral("delete"), QStringLiteral("holiday"), 0, day.toString(Qt::ISODate));
    });
}

Result<WorkingCalendar> SettingsRepository::workingCalendar() const
{
    auto start = value(kOfficeStartKey, WorkingCalendar::kDefaultStart.toString(kTimeFormat));
    if (!start.ok())
        return start.error();
    auto end = value(kOfficeEndKey, WorkingCalendar::kDefaultEnd.toString(kTimeFormat));
    if (!end.ok())
        return end.error();
    auto days = holidays();
    if (!days.ok())
        return days.error();
    QSet<QDate> holidaySet;
    for (const Holiday &holiday : *days)
        holidaySet.insert(holiday.day);
    return WorkingCalendar(QTime::fromString(*start, kTimeFormat), QTime::fromString(*end, kTimeFormat), holidaySet);
}

Status SettingsRepository::saveOfficeHours(const QTime &start, const QTime &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return Error{QStringLiteral("office_hours_invalid"),
                     tr("Office hours must end after they start."), QStringLiteral("office_end")};
    return m_db.transaction([&]() -> Status {
        if (Status saved = setValue(kOfficeStartKey, start.toString(kTimeFormat)); !saved.ok())
            return saved;
        return setValue(kOfficeEndKey, end.toString(kTimeFormat));
    });
}

} // namespace kolokasi
