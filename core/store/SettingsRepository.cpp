#include "SettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "validation/Nip.h"

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

const QString kSignatoryColumns =
    QStringLiteral("role, name, nip, position, rank, acting, row_version, employee_kind");

Signatory signatoryFrom(const Query &q)
{
    Signatory signatory{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toInt()};
    fromStorage(q.value(7).toString(), &signatory.kind);
    return signatory;
}

QStringList profileKeys()
{
    QStringList keys;
    for (const auto &field : profileTextFields())
        keys.append(field.first);
    keys.append(kLogoKey);
    return keys;
}

QHash<QString, QString> profileValues(const AgencyProfile &profile)
{
    QHash<QString, QString> values;
    for (const auto &[key, member] : profileTextFields())
        values.insert(key, (profile.*member).trimmed());
    values.insert(kLogoKey, QString::fromLatin1(profile.logoPng.toBase64()));
    return values;
}

AgencyProfile profileFrom(const SettingRows &rows)
{
    AgencyProfile profile;
    for (const auto &[key, member] : profileTextFields())
        profile.*member = rows.value(key).value;
    profile.logoPng = QByteArray::fromBase64(rows.value(kLogoKey).value.toLatin1());
    return profile;
}
Status auditSetting(Database &db, const QString &key, const QString &value)
{
    // The logo is large and binary: the audit says it changed, not what it is.
    return AuditLog(db).append(QStringLiteral("set"), QStringLiteral("setting"), 0,
                               key == kLogoKey ? key
                                               : key + QStringLiteral(" = ") + value.left(200));
}
// The columns every write of a signatory binds, in the form they are stored.
void bindSignatory(Query &query, const Signatory &signatory)
{
    query.bind(QStringLiteral(":role"), signatory.role)
        .bind(QStringLiteral(":name"), signatory.name.trimmed())
        .bindOptional(QStringLiteral(":nip"), Nip::normalized(signatory.nip))
        .bind(QStringLiteral(":position"), signatory.position.trimmed())
        .bindOptional(QStringLiteral(":rank"), signatory.rank.trimmed())
        .bindOptional(QStringLiteral(":acting"), signatory.acting.trimmed())
        .bind(QStringLiteral(":kind"), toStorage(signatory.kind));
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
        Query write(m_db,
                    value.isEmpty()
                        ? QStringLiteral("DELETE FROM settings WHERE key = :key")
                        : QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                         "row_version = settings.row_version + 1"));
        write.bind(QStringLiteral(":key"), key);
        if (!value.isEmpty())
            write.bind(QStringLiteral(":value"), value);
        if (Status done = write.exec(key); !done.ok())
            return done;
        return auditSetting(m_db, key, value);
    });
}

Result<SettingRows> SettingsRepository::rows(const QStringList &keys) const
{
    SettingRows found;
    for (const QString &key : keys) {
        Query query(m_db,
                    QStringLiteral("SELECT value, row_version FROM settings WHERE key = :key"));
        query.bind(QStringLiteral(":key"), key);
        if (Status done = query.exec(); !done.ok())
            return done.error();
        found.insert(key, query.next()
                              ? SettingRow{query.value(0).toString(), query.value(1).toInt()}
                              : SettingRow{});
    }
    return found;
}

Status SettingsRepository::saveRows(const SettingRows &read, const QHash<QString, QString> &values)
{
    return m_db.transaction([&]() -> Status {
        auto now = rows(read.keys());
        if (!now.ok())
            return now.error();
        for (auto it = read.cbegin(); it != read.cend(); ++it) {
            if (now->value(it.key()).rowVersion != it->rowVersion)
                return staleSettings(it.key());
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const SettingRow before = read.value(it.key());
            if (read.contains(it.key()) && before.value == *it)
                continue; // unchanged: its version was checked above
            if (Status written = writeRow(it.key(), *it, before.rowVersion); !written.ok())
                return written;
        }
        return Status();
    });
}

// One conditional write: the row must still carry `expectedVersion` (0: must not exist).
Status SettingsRepository::writeRow(const QString &key, const QString &value, int expectedVersion)
{
    QString sql;
    if (expectedVersion == 0 && value.isEmpty())
        sql = QStringLiteral("DELETE FROM settings WHERE key = :key"); // was not set, stays unset
    else if (expectedVersion == 0)
        sql = QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING");
    else if (value.isEmpty())
        sql = QStringLiteral("DELETE FROM settings WHERE key = :key AND row_version = :version");
    else
        sql = QStringLiteral("UPDATE settings SET value = :value, row_version = row_version + 1 "
                             "WHERE key = :key AND row_version = :version");
    Query write(m_db, sql);
    write.bind(QStringLiteral(":key"), key);
    if (!value.isEmpty())
        write.bind(QStringLiteral(":value"), value);
    if (expectedVersion > 0)
        write.bind(QStringLiteral(":version"), expectedVersion);
    if (Status done = write.exec(key); !done.ok())
        return done;
    if (expectedVersion == 0 && value.isEmpty())
        return write.rowsAffected() == 0 ? Status() : staleSettings(key);
    if (write.rowsAffected() == 0)
        return staleSettings(key);
    return auditSetting(m_db, key, value);
}

Error SettingsRepository::staleSettings(const QString &key) const
{
    return Error{QStringLiteral("stale"),
                 tr("Another admin changed these settings meanwhile; reload them and enter your "
                    "change again."),
                 key};
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
    return m_db.transaction([&]() -> Status {
        for (const auto &[key, member] : profileTextFields()) {
            if (Status saved = setValue(key, (profile.*member).trimmed()); !saved.ok())
                return saved;
        }
        return setValue(kLogoKey, QString::fromLatin1(profile.logoPng.toBase64()));
    });
}

Result<AgencyProfile> SettingsRepository::agencyProfile(SettingRows &read) const
{
    auto found = rows(profileKeys());
    if (!found.ok())
        return found.error();
    read = *found;
    return profileFrom(read);
}

Status SettingsRepository::saveAgencyProfile(const AgencyProfile &profile, const SettingRows &read)
{
    return saveRows(read, profileValues(profile));
}

Result<QList<Signatory>> SettingsRepository::signatories() const
{
    return Query(m_db,
                 QStringLiteral("SELECT %1 FROM signatories ORDER BY role").arg(kSignatoryColumns))
        .list(signatoryFrom);
}

Result<Signatory> SettingsRepository::signatory(const QString &role) const
{
    Query query(
        m_db,
        QStringLiteral("SELECT %1 FROM signatories WHERE role = :role").arg(kSignatoryColumns));
    query.bind(QStringLiteral(":role"), role);
    return query.one(signatoryFrom,
                     Error{QStringLiteral("not_found"),
                           tr("No signatory has been set for the role %1.").arg(role),
                           QStringLiteral("role")});
}

Status SettingsRepository::saveSignatory(const Signatory &signatory)
{
    return m_db.transaction([&]() -> Status {
        Query upsert(
            m_db,
            QStringLiteral(
                "INSERT INTO signatories (role, name, nip, position, rank, acting, employee_kind) "
                "VALUES (:role, :name, :nip, :position, :rank, :acting, :kind) "
                "ON CONFLICT (role) DO UPDATE SET name = excluded.name, nip = excluded.nip, "
                "position = excluded.position, rank = excluded.rank, acting = excluded.acting, "
                "employee_kind = excluded.employee_kind, "
                "row_version = signatories.row_version + 1"));
        bindSignatory(upsert, signatory);
        if (Status done = upsert.exec(); !done.ok())
            return done;
        return AuditLog(m_db).append(QStringLiteral("set"), QStringLiteral("signatory"), 0,
                                     signatory.role + QStringLiteral(" = ") + signatory.name);
    });
}

Status SettingsRepository::editSignatory(const Signatory &signatory)
{
    return m_db.transaction([&]() -> Status {
        // A role nobody had may only be created; one that existed only changed from the version
        // read.
        Query write(m_db,
                    signatory.rowVersion == 0
                        ? QStringLiteral(
                              "INSERT INTO signatories (role, name, nip, position, rank, acting, "
                              "employee_kind) "
                              "VALUES (:role, :name, :nip, :position, :rank, :acting, :kind) "
                              "ON CONFLICT (role) DO NOTHING")
                        : QStringLiteral("UPDATE signatories SET name = :name, nip = :nip, "
                                         "position = :position, rank = :rank, acting = :acting, "
                                         "employee_kind = :kind, "
                                         "row_version = row_version + 1 "
                                         "WHERE role = :role AND row_version = :version"));
        bindSignatory(write, signatory);
        if (signatory.rowVersion > 0)
            write.bind(QStringLiteral(":version"), signatory.rowVersion);
        if (Status done = write.exec(); !done.ok())
            return done;
        if (write.rowsAffected() == 0) {
            Error stale = StoreErrors::stale(tr("signatory"));
            stale.field = QStringLiteral("name");
            return stale;
        }
        return AuditLog(m_db).append(QStringLiteral("set"), QStringLiteral("signatory"), 0,
                                     signatory.role + QStringLiteral(" = ") + signatory.name);
    });
}

Status SettingsRepository::editSignatories(const QList<Signatory> &edited)
{
    return m_db.transaction([&]() -> Status {
        for (const Signatory &signatory : edited) {
            if (Status saved = editSignatory(signatory); !saved.ok())
                return saved;
        }
        return Status();
    });
}

Result<Signatory> SettingsRepository::handoverReceiver() const
{
    auto receiver = signatory(Signatory::kReceivingOfficer);
    if (receiver.ok() || receiver.error().code != QLatin1String("not_found"))
        return receiver;
    return signatory(Signatory::kDataCentreOfficer);
}

Result<QList<Holiday>> SettingsRepository::holidays() const
{
    return Query(m_db, QStringLiteral("SELECT day, name FROM holidays ORDER BY day"))
        .list([](const Query &q) {
            return Holiday{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                           q.value(1).toString()};
        });
}

Status SettingsRepository::addHoliday(const QDate &day, const QString &name)
{
    return m_db.transaction([&]() -> Status {
        Query insert(m_db, QStringLiteral("INSERT INTO holidays (day, name) VALUES (:day, :name)"));
        insert.bind(QStringLiteral(":day"), day.toString(Qt::ISODate))
            .bind(QStringLiteral(":name"), name.trimmed());
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
                         tr("%1 is not in the list of holidays.").arg(day.toString(Qt::ISODate)),
                         QStringLiteral("day")};
        return AuditLog(m_db).append(QStringLiteral("delete"), QStringLiteral("holiday"), 0,
                                     day.toString(Qt::ISODate));
    });
}

Result<int> SettingsRepository::addHolidays(const QList<Holiday> &list)
{
    return m_db.transaction([&]() -> Result<int> {
        int added = 0;
        for (const Holiday &holiday : list) {
            Query insert(m_db,
                         QStringLiteral("INSERT INTO holidays (day, name) VALUES (:day, :name) "
                                        "ON CONFLICT (day) DO NOTHING"));
            insert.bind(QStringLiteral(":day"), holiday.day.toString(Qt::ISODate))
                .bind(QStringLiteral(":name"), holiday.name.trimmed());
            if (Status done = insert.exec(QStringLiteral("day")); !done.ok())
                return done.error();
            added += insert.rowsAffected();
        }
        if (Status logged =
                AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("holiday"), 0,
                                      QStringLiteral("%1 holidays imported").arg(added));
            !logged.ok())
            return logged.error();
        return added;
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
    auto weekdays = value(kWorkingDaysKey);
    if (!weekdays.ok())
        return weekdays.error();
    WorkingCalendar calendar(QTime::fromString(*start, kTimeFormat),
                             QTime::fromString(*end, kTimeFormat), holidaySet);
    QSet<int> working;
    for (const QString &day : weekdays->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const int number = day.trimmed().toInt(); number >= 1 && number <= 7)
            working.insert(number);
    }
    if (!working.isEmpty()) // no setting (or a broken one): Monday to Friday
        calendar.setWorkingWeekdays(working);
    return calendar;
}

Status SettingsRepository::saveOfficeHours(const QTime &start, const QTime &end)
{
    return m_db.transaction([&]() -> Status {
        if (Status saved = setValue(kOfficeStartKey, start.toString(kTimeFormat)); !saved.ok())
            return saved;
        return setValue(kOfficeEndKey, end.toString(kTimeFormat));
    });
}

} // namespace kolokasi
