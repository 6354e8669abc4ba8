#include "UnitRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "LikePattern.h"
#include "Query.h"
#include "RecordChanges.h"
#include "StoreErrors.h"
#include "StoredValues.h"
#include "domain/UnitHeadTitle.h"
#include "validation/Nip.h"

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

// A unit's write: a unit that is gone is not_found, a changed one stale.
RecordChanges::Options unitRecord()
{
    return {QStringLiteral("units"), QStringLiteral("name")};
}
} // namespace

Result<Unit> UnitRepository::create(const Unit &unit)
{
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
        const RecordChanges changes(unit.name.trimmed(), unitRecord());
        if (Status saved = changes.apply(m_db, change, QStringLiteral("unit"), unit.id, tr("unit"));
            !saved.ok())
            return saved.error();
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
        RecordChanges::Options options = unitRecord();
        options.field.clear();
        if (Status saved = RecordChanges::retire(m_db, change, QStringLiteral("unit"), id, {},
                                                 tr("unit"), options);
            !saved.ok())
            return saved.error();
        return find(id);
    });
}

Result<Officer> UnitRepository::createOfficer(const Officer &officer)
{
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
        const RecordChanges changes(officer.name.trimmed(),
                                    {QStringLiteral("officers"), QStringLiteral("nip")});
        if (Status saved =
                changes.apply(m_db, change, QStringLiteral("officer"), officer.id, tr("officer"));
            !saved.ok())
            return saved.error();
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
        if (Status saved = RecordChanges::retire(m_db, change, QStringLiteral("officer"), id, {},
                                                 tr("officer"), {QStringLiteral("officers"), {}});
            !saved.ok())
            return saved.error();
        return findOfficer(id);
    });
}

} // namespace kolokasi
