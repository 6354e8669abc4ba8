#include "UnitRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "validation/Nip.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QString kUnitColumns = QStringLiteral("id, name, short_name, address, phone, email, row_version");
const QString kOfficerColumns = QStringLiteral("id, unit_id, name, nip, position, phone, email, row_version");

Unit unitFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toInt()};
}

Officer officerFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
}
} // namespace

Result<Unit> UnitRepository::create(const Unit &unit)
{
    if (Status filled = Required::text(unit.name, QStringLiteral("name"), tr("Unit name")); !filled.ok())
        return filled.error();
    return m_db.transaction([&]() -> Result<Unit> {
        Query insert(m_db, QStringLiteral(
                "INSERT INTO units (name, short_name, address, phone, email, created_at) "
                "VALUES (:name, :short_name, :address, :phone, :email, :created_at) RETURNING id"));
        insert.bind(QStringLiteral(":name"), unit.name.trimmed())
                .bindOptional(QStringLiteral(":short_name"), unit.shortName)
                .bindOptional(QStringLiteral(":address"), unit.address)
                .bindOptional(QStringLiteral(":phone"), unit.phone)
                .bindOptional(QStringLiteral(":email"), unit.email)
                .bind(QStringLiteral(":created_at"), m_db.nowText());
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("unit"), unit.name);
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

Result<QList<Unit>> UnitRepository::all() const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM units ORDER BY name").arg(kUnitColumns)).list(unitFrom);
}

Result<Officer> UnitRepository::createOfficer(const Officer &officer)
{
    if (Status filled = Required::reference(officer.unitId, QStringLiteral("unit"), tr("unit")); !filled.ok())
        return filled.error();
    if (Status filled = Required::text(officer.name, QStringLiteral("name"), tr("Name")); !filled.ok())
        return filled.error();
    if (Status valid = Nip::validate(officer.nip); !officer.nip.trimmed().isEmpty() && !valid.ok())
        return valid.error();
    if (Status valid = PhoneNumber::validate(officer.phone); !officer.phone.trimmed().isEmpty() && !valid.ok())
        return valid.error();
    return m_db.transaction([&]() -> Result<Officer> {
        Query insert(m_db, QStringLiteral(
                "INSERT INTO officers (unit_id, name, nip, position, phone, email) "
                "VALUES (:unit_id, :name, :nip, :position, :phone, :email) RETURNING id"));
        insert.bind(QStringLiteral(":unit_id"), officer.unitId)
                .bind(QStringLiteral(":name"), officer.name.trimmed())
                .bindOptional(QStringLiteral(":nip"), Nip::normalized(officer.nip))
                .bindOptional(QStringLiteral(":position"), officer.position)
                .bindOptional(QStringLiteral(":phone"), officer.phone)
                .bindOptional(QStringLiteral(":email"), officer.email);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("officer"), officer.name);
        if (!id.ok())
            return id.error();
        return findOfficer(*id);
    });
}

Result<Officer> UnitRepository::findOfficer(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM officers WHERE id = :id").arg(kOfficerColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(officerFrom, StoreErrors::notFound(tr("officer"), id));
}

Result<QList<Officer>> UnitRepository::officersOf(qint64 unitId) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM officers WHERE unit_id = :unit_id ORDER BY name")
                              .arg(kOfficerColumns));
    query.bind(QStringLiteral(":unit_id"), unitId);
    return query.list(officerFrom);
}

} // namespace kolokasi
