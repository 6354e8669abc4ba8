#include "UnitRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "LikePattern.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"
#include "domain/UnitHeadTitle.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QString kUnitColumns = QStringLiteral(
    "id, name, short_name, address, phone, email, row_version, retired_at, head_title");
const QString kOfficerColumns = QStringLiteral(
    "id, unit_id, name, nip, position, phone, email, row_version, employee_kind, retired_at");

Unit unitFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),           q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),           q.value(5).toString(),
            q.value(6).toInt(),      stored::instantFrom(q.value(7)), q.value(8).toString()};
}

Officer officerFrom(const Query &q)
{
    Officer officer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                    q.value(6).toString(),   q.value(7).toInt()};
    fromStorage(q.value(8).toString(), &officer.kind);
    officer.retiredAt = stored::instantFrom(q.value(9));
    return officer;
}

// The default title is not stored (NULL): it then follows the unit's name and the rule.
QString storedHeadTitle(const Unit &unit)
{
    const QString title = unit.headTitle.simplified();
    return title == UnitHeadTitle::defaultFor(unit.name) ? QString() : title;
}

QString inServiceOnly(UnitRepository::Retired retired, const QString &prefix)
{
    return retired == UnitRepository::Retired::Excluded
               ? prefix + QStringLiteral("retired_at IS NULL")
               : QString();
}
} // namespace

Status UnitRepository::checkUnit(const Unit &unit) const
{
    if (Status filled = Required::text(unit.name, QStringLiteral("name"), tr("Unit name"));
        !filled.ok())
        return filled;
    if (Status valid = PhoneNumber::validate(unit.phone);
        !unit.phone.trimmed().isEmpty() && !valid.ok())
        return valid;
    return {};
}

Result<Unit> UnitRepository::create(const Unit &unit)
{
    if (Status valid = checkUnit(unit); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Unit> {
        Query insert(
            m_db,
            QStringLiteral(
                "INSERT INTO units (name, short_name, address, phone, email, head_title, "
                "created_at) "
                "VALUES (:name, :short_name, :address, :phone, :email, :head_title, :created_at) "
                "RETURNING id"));
        insert.bind(QStringLiteral(":name"), unit.name.trimmed())
            .bindOptional(QStringLiteral(":short_name"), unit.shortName.trimmed())
            .bindOptional(QStringLiteral(":address"), unit.address.trimmed())
            .bindOptional(QStringLiteral(":phone"), unit.phone.trimmed())
            .bindOptional(QStringLiteral(":email"), unit.email.trimmed())
            .bindOptional(QStringLiteral(":head_title"), storedHeadTitle(unit))
            .bind(QStringLiteral(":created_at"), m_db.nowText());
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("unit"), unit.name,
                                              QStringLiteral("name"));
        if (!id.ok())
            return id.error();
        return find(*id);
    });
}

Result<Unit> UnitRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM units WHERE id = :id").arg(kUnitColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(unitFrom, StoreErrors::notFound(tr("unit"), id));
}

Result<QList<Unit>> UnitRepository::all(Retired retired) const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM units%2 ORDER BY name")
                           .arg(kUnitColumns, inServiceOnly(retired, QStringLiteral(" WHERE "))))
        .list(unitFrom);
}

Result<QList<Unit>> UnitRepository::search(const QString &text, Retired retired) const
{
    if (text.trimmed().isEmpty())
        return all(retired);
    // A number is stored without spaces: "19620718 1986" finds 196207181986...
    Query query(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM units WHERE (LOWER(name) LIKE :name ESCAPE '\\' "
            "OR LOWER(COALESCE(short_name, '')) LIKE :code ESCAPE '\\' "
            "OR id IN (SELECT unit_id FROM officers WHERE LOWER(name) LIKE :officer ESCAPE '\\' "
            "OR COALESCE(nip, '') LIKE :number ESCAPE '\\'))%2 ORDER BY name")
            .arg(kUnitColumns, inServiceOnly(retired, QStringLiteral(" AND "))));
    const QString pattern = stored::containsPattern(text);
    query.bind(QStringLiteral(":name"), pattern)
        .bind(QStringLiteral(":code"), pattern)
        .bind(QStringLiteral(":officer"), pattern)
        .bind(QStringLiteral(":number"), stored::containsPattern(Nip::normalized(text)));
    return query.list(unitFrom);
}

Result<Unit> UnitRepository::update(const Unit &unit)
{
    if (Status valid = checkUnit(unit); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Unit> {
        Query change(
            m_db,
            QStringLiteral(
                "UPDATE units SET name = :name, short_name = :short_name, address = :address, "
                "phone = :phone, email = :email, head_title = :head_title, "
                "row_version = row_version + 1 WHERE id = :id AND row_version = :expected"));
        change.bind(QStringLiteral(":name"), unit.name.trimmed())
            .bindOptional(QStringLiteral(":short_name"), unit.shortName.trimmed())
            .bindOptional(QStringLiteral(":address"), unit.address.trimmed())
            .bindOptional(QStringLiteral(":phone"), unit.phone.trimmed())
            .bindOptional(QStringLiteral(":email"), unit.email.trimmed())
            .bindOptional(QStringLiteral(":head_title"), storedHeadTitle(unit))
            .bind(QStringLiteral(":id"), unit.id)
            .bind(QStringLiteral(":expected"), unit.rowVersion);
        if (Status done = change.exec(QStringLiteral("name")); !done.ok())
            return done.error();
        if (change.rowsAffected() != 1)
            return whyUnchanged(QStringLiteral("units"), tr("unit"), unit.id);
        if (Status logged = AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("unit"),
                                                  unit.id, unit.name.trimmed());
            !logged.ok())
            return logged.error();
        return find(unit.id);
    });
}

Result<Unit> UnitRepository::retire(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<Unit> {
        Query change(m_db, QStringLiteral("UPDATE units SET retired_at = COALESCE(retired_at, "
                                          ":at), row_version = row_version + 1 "
                                          "WHERE id = :id AND row_version = :expected"));
        change.bind(QStringLiteral(":at"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status done = change.exec(); !done.ok())
            return done.error();
        if (change.rowsAffected() != 1)
            return whyUnchanged(QStringLiteral("units"), tr("unit"), id);
        if (Status logged =
                AuditLog(m_db).append(QStringLiteral("retire"), QStringLiteral("unit"), id);
            !logged.ok())
            return logged.error();
        return find(id);
    });
}

Status UnitRepository::checkOfficer(const Officer &officer) const
{
    if (Status filled = Required::text(officer.name, QStringLiteral("name"), tr("Name"));
        !filled.ok())
        return filled;
    if (Status valid = EmployeeNumber::validate(officer.nip, officer.kind);
        !officer.nip.trimmed().isEmpty() && !valid.ok())
        return valid;
    if (Status valid = PhoneNumber::validate(officer.phone);
        !officer.phone.trimmed().isEmpty() && !valid.ok())
        return valid;
    return {};
}

Result<Officer> UnitRepository::createOfficer(const Officer &officer)
{
    if (Status filled = Required::reference(officer.unitId, QStringLiteral("unit"), tr("unit"));
        !filled.ok())
        return filled.error();
    if (Status valid = checkOfficer(officer); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Officer> {
        Query insert(
            m_db,
            QStringLiteral(
                "INSERT INTO officers (unit_id, name, nip, employee_kind, position, phone, email) "
                "VALUES (:unit_id, :name, :nip, :kind, :position, :phone, :email) RETURNING id"));
        insert.bind(QStringLiteral(":unit_id"), officer.unitId)
            .bind(QStringLiteral(":name"), officer.name.trimmed())
            .bindOptional(QStringLiteral(":nip"), Nip::normalized(officer.nip))
            .bind(QStringLiteral(":kind"), toStorage(officer.kind))
            .bindOptional(QStringLiteral(":position"), officer.position.trimmed())
            .bindOptional(QStringLiteral(":phone"), officer.phone.trimmed())
            .bindOptional(QStringLiteral(":email"), officer.email.trimmed());
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("officer"), officer.name,
                                              QStringLiteral("nip"));
        if (!id.ok())
            return id.error();
        return findOfficer(*id);
    });
}

Result<Officer> UnitRepository::findOfficer(qint64 id) const
{
    Query query(m_db,
                QStringLiteral("SELECT %1 FROM officers WHERE id = :id").arg(kOfficerColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(officerFrom, StoreErrors::notFound(tr("officer"), id));
}

Result<QList<Officer>> UnitRepository::officersOf(qint64 unitId, Retired retired) const
{
    Query query(m_db,
                QStringLiteral("SELECT %1 FROM officers WHERE unit_id = :unit_id%2 ORDER BY name")
                    .arg(kOfficerColumns, inServiceOnly(retired, QStringLiteral(" AND "))));
    query.bind(QStringLiteral(":unit_id"), unitId);
    return query.list(officerFrom);
}

Result<Officer> UnitRepository::updateOfficer(const Officer &officer)
{
    if (Status valid = checkOfficer(officer); !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Officer> {
        Query change(m_db,
                     QStringLiteral("UPDATE officers SET name = :name, nip = :nip, employee_kind = "
                                    ":kind, position = :position, "
                                    "phone = :phone, email = :email, row_version = row_version + 1 "
                                    "WHERE id = :id AND row_version = :expected"));
        change.bind(QStringLiteral(":name"), officer.name.trimmed())
            .bindOptional(QStringLiteral(":nip"), Nip::normalized(officer.nip))
            .bind(QStringLiteral(":kind"), toStorage(officer.kind))
            .bindOptional(QStringLiteral(":position"), officer.position.trimmed())
            .bindOptional(QStringLiteral(":phone"), officer.phone.trimmed())
            .bindOptional(QStringLiteral(":email"), officer.email.trimmed())
            .bind(QStringLiteral(":id"), officer.id)
            .bind(QStringLiteral(":expected"), officer.rowVersion);
        if (Status done = change.exec(QStringLiteral("nip")); !done.ok())
            return done.error();
        if (change.rowsAffected() != 1)
            return whyUnchanged(QStringLiteral("officers"), tr("officer"), officer.id);
        if (Status logged =
                AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("officer"),
                                      officer.id, officer.name.trimmed());
            !logged.ok())
            return logged.error();
        return findOfficer(officer.id);
    });
}

Result<Officer> UnitRepository::retireOfficer(qint64 id, int expectedRowVersion)
{
    return m_db.transaction([&]() -> Result<Officer> {
        Query change(m_db, QStringLiteral("UPDATE officers SET retired_at = COALESCE(retired_at, "
                                          ":at), row_version = row_version + 1 "
                                          "WHERE id = :id AND row_version = :expected"));
        change.bind(QStringLiteral(":at"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status done = change.exec(); !done.ok())
            return done.error();
        if (change.rowsAffected() != 1)
            return whyUnchanged(QStringLiteral("officers"), tr("officer"), id);
        if (Status logged =
                AuditLog(m_db).append(QStringLiteral("retire"), QStringLiteral("officer"), id);
            !logged.ok())
            return logged.error();
        return findOfficer(id);
    });
}

// Why an update touched no row: the record is gone, or another admin changed it meanwhile.
Error UnitRepository::whyUnchanged(const QString &table, const QString &what, qint64 id) const
{
    Query exists(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table));
    exists.bind(QStringLiteral(":id"), id);
    auto found = exists.scalar();
    if (!found.ok())
        return found.error();
    if (!found->isValid())
        return StoreErrors::notFound(what, id);
    return StoreErrors::stale(what);
}

} // namespace kolokasi
