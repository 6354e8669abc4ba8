#include "DataCentreRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "StoreErrors.h"
#include "validation/Required.h"

namespace kolokasi {

namespace {
const QString kRackColumns = QStringLiteral("id, noc_id, name, height_u, power_budget_w, row_version");

Noc nocFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
}

Rack rackFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
            q.value(4).toInt(), q.value(5).toInt()};
}
} // namespace

Result<Noc> DataCentreRepository::createNoc(const Noc &noc)
{
    if (Status filled = Required::text(noc.name, QStringLiteral("name"), tr("NOC name")); !filled.ok())
        return filled.error();
    return m_db.transaction([&]() -> Result<Noc> {
        Query insert(m_db, QStringLiteral("INSERT INTO nocs (name, location) VALUES (:name, :location) RETURNING id"));
        insert.bind(QStringLiteral(":name"), noc.name.trimmed()).bindOptional(QStringLiteral(":location"), noc.location);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("noc"), noc.name);
        if (!id.ok())
            return id.error();
        return findNoc(*id);
    });
}

Result<Noc> DataCentreRepository::findNoc(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT id, name, location, row_version FROM nocs WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return query.one(nocFrom, StoreErrors::notFound(tr("NOC"), id));
}

Result<QList<Noc>> DataCentreRepository::nocs() const
{
    return Query(m_db, QStringLiteral("SELECT id, name, location, row_version FROM nocs ORDER BY name")).list(nocFrom);
}

Result<Rack> DataCentreRepository::createRack(const Rack &rack)
{
    if (Status filled = Required::reference(rack.nocId, QStringLiteral("noc"), tr("NOC")); !filled.ok())
        return filled.error();
    if (Status filled = Required::text(rack.name, QStringLiteral("name"), tr("Rack name")); !filled.ok())
        return filled.error();
    if (rack.heightU < 1 || rack.heightU > 60)
        return Error{QStringLiteral("invalid_value"), tr("A rack is 1 to 60 U high."), QStringLiteral("height_u")};
    if (rack.powerBudgetW < 0)
        return Error{QStringLiteral("invalid_value"), tr("The power budget cannot be negative."),
                     QStringLiteral("power_budget_w")};
    return m_db.transaction([&]() -> Result<Rack> {
        Query insert(m_db, QStringLiteral("INSERT INTO racks (noc_id, name, height_u, power_budget_w) "
                                          "VALUES (:noc_id, :name, :height_u, :power) RETURNING id"));
        insert.bind(QStringLiteral(":noc_id"), rack.nocId)
                .bind(QStringLiteral(":name"), rack.name.trimmed())
                .bind(QStringLiteral(":height_u"), rack.heightU)
                .bind(QStringLiteral(":power"), rack.powerBudgetW);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("rack"), rack.name, QStringLiteral("name"));
        if (!id.ok())
            return id.error();
        return findRack(*id);
    });
}

Result<Rack> DataCentreRepository::findRack(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM racks WHERE id = :id").arg(kRackColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(rackFrom, StoreErrors::notFound(tr("rack"), id));
}

Result<QList<Rack>> DataCentreRepository::racksOf(qint64 nocId) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM racks WHERE noc_id = :noc_id ORDER BY name").arg(kRackColumns));
    query.bind(QStringLiteral(":noc_id"), nocId);
    return query.list(rackFrom);
}

Result<QList<Rack>> DataCentreRepository::allRacks() const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM racks ORDER BY noc_id, name").arg(kRackColumns)).list(rackFrom);
}

} // namespace kolokasi
