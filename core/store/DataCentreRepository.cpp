#include "DataCentreRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "RecordChanges.h"
#include "StoreErrors.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
const QString kNocColumns = QStringLiteral("id, name, location, row_version, retired_at");
const QString kRackColumns =
    QStringLiteral("id, noc_id, name, height_u, power_budget_w, row_version, position, retired_at");

QString inService(Listing listing)
{
    return listing == Listing::InService ? QStringLiteral(" AND retired_at IS NULL") : QString();
}

Noc nocFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), stored::instantFrom(q.value(4))};
}

Rack rackFrom(const Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   q.value(3).toInt(),
            q.value(4).toInt(),      q.value(5).toInt(),
            q.value(6).toString(),   stored::instantFrom(q.value(7))};
}
} // namespace

Result<Noc> DataCentreRepository::createNoc(const Noc &noc)
{
    return m_db.transaction([&]() -> Result<Noc> {
        Query insert(
            m_db, QStringLiteral(
                      "INSERT INTO nocs (name, location) VALUES (:name, :location) RETURNING id"));
        insert.bind(QStringLiteral(":name"), noc.name.trimmed())
            .bindOptional(QStringLiteral(":location"), noc.location);
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("noc"), noc.name,
                                              QStringLiteral("name"));
        if (!id.ok())
            return id.error();
        return findNoc(*id);
    });
}

Result<Noc> DataCentreRepository::findNoc(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM nocs WHERE id = :id").arg(kNocColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(nocFrom, StoreErrors::notFound(tr("NOC"), id));
}

Result<QList<Noc>> DataCentreRepository::nocs(Listing listing) const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM nocs WHERE 1 = 1%2 ORDER BY name")
                           .arg(kNocColumns, inService(listing)))
        .list(nocFrom);
}

Result<Noc> DataCentreRepository::updateNoc(const Noc &noc, const Noc &stored)
{
    return m_db.transaction([&]() -> Result<Noc> {
        const Noc *current = &stored;
        Query update(
            m_db, QStringLiteral(
                      "UPDATE nocs SET name = :name, location = :location, "
                      "row_version = row_version + 1 WHERE id = :id AND row_version = :expected"));
        update.bind(QStringLiteral(":name"), noc.name.trimmed())
            .bindOptional(QStringLiteral(":location"), noc.location.trimmed())
            .bind(QStringLiteral(":id"), noc.id)
            .bind(QStringLiteral(":expected"), noc.rowVersion);
        RecordChanges changes(current->name);
        changes.add(QStringLiteral("name"), current->name, noc.name.trimmed());
        changes.add(QStringLiteral("location"), current->location, noc.location.trimmed());
        if (Status saved = changes.apply(m_db, update, QStringLiteral("noc"), noc.id, tr("NOC"));
            !saved.ok())
            return saved.error();
        return findNoc(noc.id);
    });
}

Result<Noc> DataCentreRepository::retireNoc(const Noc &stored)
{
    const qint64 id = stored.id;
    const int expectedRowVersion = stored.rowVersion;
    const Noc *current = &stored;
    return m_db.transaction([&]() -> Result<Noc> {
        Query retire(
            m_db, QStringLiteral("UPDATE nocs SET retired_at = :now, row_version = row_version + 1 "
                                 "WHERE id = :id AND row_version = :expected"));
        retire.bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status saved = RecordChanges::retire(m_db, retire, QStringLiteral("noc"), id,
                                                 current->name, tr("NOC"));
            !saved.ok())
            return saved.error();
        return findNoc(id);
    });
}

Result<Rack> DataCentreRepository::createRack(const Rack &rack)
{
    return m_db.transaction([&]() -> Result<Rack> {
        Query insert(
            m_db,
            QStringLiteral("INSERT INTO racks (noc_id, name, height_u, power_budget_w, position) "
                           "VALUES (:noc_id, :name, :height_u, :power, :position) RETURNING id"));
        insert.bind(QStringLiteral(":noc_id"), rack.nocId)
            .bind(QStringLiteral(":name"), rack.name.trimmed())
            .bind(QStringLiteral(":height_u"), rack.heightU)
            .bind(QStringLiteral(":power"), rack.powerBudgetW)
            .bindOptional(QStringLiteral(":position"), rack.position.trimmed());
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("rack"), rack.name,
                                              QStringLiteral("name"));
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

Result<QList<Rack>> DataCentreRepository::racksOf(qint64 nocId, Listing listing) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM racks WHERE noc_id = :noc_id%2 ORDER BY name")
                          .arg(kRackColumns, inService(listing)));
    query.bind(QStringLiteral(":noc_id"), nocId);
    return query.list(rackFrom);
}

Result<QList<Rack>> DataCentreRepository::allRacks(Listing listing) const
{
    return Query(m_db, QStringLiteral("SELECT %1 FROM racks WHERE 1 = 1%2 ORDER BY noc_id, name")
                           .arg(kRackColumns, inService(listing)))
        .list(rackFrom);
}

Result<Rack> DataCentreRepository::updateRack(const Rack &rack, const Rack &stored)
{
    return m_db.transaction([&]() -> Result<Rack> {
        const Rack *current = &stored;
        Rack proposed = rack;
        proposed.name = rack.name.trimmed();
        Query update(
            m_db, QStringLiteral(
                      "UPDATE racks SET name = :name, position = :position, height_u = :height_u, "
                      "power_budget_w = :power, row_version = row_version + 1 "
                      "WHERE id = :id AND row_version = :expected"));
        update.bind(QStringLiteral(":name"), proposed.name)
            .bindOptional(QStringLiteral(":position"), rack.position.trimmed())
            .bind(QStringLiteral(":height_u"), rack.heightU)
            .bind(QStringLiteral(":power"), rack.powerBudgetW)
            .bind(QStringLiteral(":id"), rack.id)
            .bind(QStringLiteral(":expected"), rack.rowVersion);
        RecordChanges changes(current->name);
        changes.add(QStringLiteral("name"), current->name, proposed.name);
        changes.add(QStringLiteral("position"), current->position, rack.position.trimmed());
        changes.add(QStringLiteral("height_u"), current->heightU, rack.heightU);
        changes.add(QStringLiteral("power_budget_w"), current->powerBudgetW, rack.powerBudgetW);
        if (Status saved = changes.apply(m_db, update, QStringLiteral("rack"), rack.id, tr("rack"));
            !saved.ok())
            return saved.error();
        return findRack(rack.id);
    });
}

Result<Rack> DataCentreRepository::retireRack(const Rack &stored)
{
    const qint64 id = stored.id;
    const int expectedRowVersion = stored.rowVersion;
    const Rack *current = &stored;
    return m_db.transaction([&]() -> Result<Rack> {
        Query retire(m_db, QStringLiteral(
                               "UPDATE racks SET retired_at = :now, row_version = row_version + 1 "
                               "WHERE id = :id AND row_version = :expected"));
        retire.bind(QStringLiteral(":now"), m_db.nowText())
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":expected"), expectedRowVersion);
        if (Status saved = RecordChanges::retire(m_db, retire, QStringLiteral("rack"), id,
                                                 current->name, tr("rack"));
            !saved.ok())
            return saved.error();
        return findRack(id);
    });
}

} // namespace kolokasi
