#include "AssetRepository.h"

#include "AssetListSql.h"
#include "AuditLog.h"
#include "Database.h"
#include "PlacementRepository.h"
#include "Query.h"
#include "StoreErrors.h"
#include "StoredValues.h"

#include <limits>

namespace kolokasi {

namespace {
const QString kColumns = QStringLiteral("a.id, a.register_number, a.placement_id, a.request_id, "
                                        "a.unit_id, a.officer_id, a.service_type, "
                                        "a.installed_on, a.permanent, a.valid_until, a.status, "
                                        "a.withdrawn_on, a.withdrawal_request_id, "
                                        "a.last_reviewed_on, a.note, a.row_version");
constexpr int kColumnCount = 16;

Asset assetFrom(const Query &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.registerNumber = q.value(1).toString();
    a.placementId = q.value(2).toLongLong();
    a.requestId = q.value(3).toLongLong();
    a.unitId = q.value(4).toLongLong();
    a.officerId = q.value(5).toLongLong();
    fromStorage(q.value(6).toString(), &a.serviceType);
    a.installedOn = stored::dateFrom(q.value(7));
    a.permanent = q.value(8).toInt() == 1;
    a.validUntil = stored::dateFrom(q.value(9));
    fromStorage(q.value(10).toString(), &a.status);
    a.withdrawnOn = stored::dateFrom(q.value(11));
    a.withdrawalRequestId = q.value(12).toLongLong();
    a.lastReviewedOn = stored::dateFrom(q.value(13));
    a.note = q.value(14).toString();
    a.rowVersion = q.value(15).toInt();
    return a;
}

// The delivered spec when there is one, else the requested spec.
QString specColumn(const QString &column)
{
    return QStringLiteral("CASE WHEN sd.id IS NULL THEN sr.%1 ELSE sd.%1 END").arg(column);
}

RegisterEntry entryFrom(const Query &q)
{
    RegisterEntry e;
    e.asset = assetFrom(q);
    int i = kColumnCount;
    e.unitName = q.value(i++).toString();
    e.officerName = q.value(i++).toString();
    e.officerNip = q.value(i++).toString();
    e.serverName = q.value(i++).toString();
    e.powerW = q.value(i++).toInt();
    e.nocName = q.value(i++).toString();
    e.rackName = q.value(i++).toString();
    e.spec = {q.value(i).toString(),     q.value(i + 1).toString(), q.value(i + 2).toString(),
              q.value(i + 3).toString(), q.value(i + 4).toString(), q.value(i + 5).toString()};
    e.placement = PlacementRepository::placementFrom(q, i + 6);
    return e;
}

// What a line reads besides its asset: every one a primary-key lookup.
const QString kLineJoins = QStringLiteral(
    " JOIN units u ON u.id = a.unit_id LEFT JOIN officers o ON o.id = a.officer_id "
    "JOIN placements p ON p.id = a.placement_id JOIN servers s ON s.id = p.server_id "
    "LEFT JOIN nocs n ON n.id = p.noc_id LEFT JOIN racks r ON r.id = p.rack_id");
const QString kEntryJoins = QStringLiteral(" FROM assets a") + kLineJoins;

// Every column of a register line, its placement and addresses included: one query per list.
QString entryColumns(const SqlDialect &dialect)
{
    QStringList spec;
    for (const QString &column :
         {QStringLiteral("processor"), QStringLiteral("ram"), QStringLiteral("motherboard"),
          QStringLiteral("storage"), QStringLiteral("psu"), QStringLiteral("mismatch_note")})
        spec << specColumn(column);
    return QStringLiteral("SELECT %1, u.name, o.name, o.nip, s.name, s.power_w, n.name, r.name, "
                          "%2, %3 AS ip_list")
        .arg(kColumns, spec.join(QStringLiteral(", ")), PlacementRepository::columns(dialect));
}

const QString kSpecJoins =
    QStringLiteral(" LEFT JOIN server_specs sd ON sd.server_id = s.id AND sd.kind = 'delivered' "
                   "LEFT JOIN server_specs sr ON sr.server_id = s.id AND sr.kind = 'requested'");
} // namespace

Result<Asset> AssetRepository::create(const Asset &asset)
{
    QString number = asset.registerNumber.trimmed();
    if (number.isEmpty()) {
        auto next = nextRegisterNumber(asset.installedOn.year());
        if (!next.ok())
            return next.error();
        number = *next;
    }
    Query insert(
        m_db,
        QStringLiteral(
            "INSERT INTO assets (register_number, placement_id, request_id, unit_id, officer_id, "
            "service_type, "
            "installed_on, permanent, valid_until) VALUES (:number, :placement_id, :request_id, "
            ":unit_id, "
            ":officer_id, :service_type, :installed_on, :permanent, :valid_until) RETURNING id"));
    insert.bind(QStringLiteral(":number"), number)
        .bind(QStringLiteral(":placement_id"), asset.placementId)
        .bind(QStringLiteral(":request_id"), asset.requestId)
        .bind(QStringLiteral(":unit_id"), asset.unitId)
        .bind(QStringLiteral(":officer_id"), asset.officerId > 0
                                                 ? QVariant(asset.officerId)
                                                 : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":service_type"), toStorage(asset.serviceType))
        .bind(QStringLiteral(":installed_on"), stored::date(asset.installedOn))
        .bind(QStringLiteral(":permanent"), asset.permanent ? 1 : 0)
        .bindOptional(QStringLiteral(":valid_until"),
                      asset.permanent ? QString() : stored::date(asset.validUntil));
    auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("asset"), number,
                                          QStringLiteral("register_number"));
    if (!id.ok())
        return id.error();
    return find(*id);
}

Result<Asset> AssetRepository::find(qint64 id) const
{
    Query query(m_db, QStringLiteral("SELECT %1 FROM assets a WHERE a.id = :id").arg(kColumns));
    query.bind(QStringLiteral(":id"), id);
    return query.one(assetFrom, StoreErrors::notFound(tr("asset"), id));
}

Status AssetRepository::markWithdrawn(qint64 assetId, const QDate &day, qint64 requestId)
{
    Query update(
        m_db, QStringLiteral("UPDATE assets SET status = 'withdrawn', withdrawn_on = :day, "
                             "withdrawal_request_id = :request_id, "
                             "row_version = row_version + 1 WHERE id = :id AND status = 'active'"));
    update.bind(QStringLiteral(":day"), stored::date(day))
        .bind(QStringLiteral(":request_id"), requestId)
        .bind(QStringLiteral(":id"), assetId);
    if (Status done = update.exec(); !done.ok())
        return done;
    if (update.rowsAffected() != 1)
        return Error{QStringLiteral("stale"), tr("The asset is no longer active."),
                     QStringLiteral("asset")};
    return AuditLog(m_db).append(QStringLiteral("withdraw"), QStringLiteral("asset"), assetId,
                                 stored::date(day));
}

Result<QList<RegisterEntry>> AssetRepository::entries(const AssetFilter &filter) const
{
    return entries(filter, RegisterPage());
}

Result<QList<RegisterEntry>> AssetRepository::entries(const AssetFilter &filter,
                                                      const RegisterPage &page) const
{
    const AssetListSql list(m_db.dialect(), filter);
    const QString order = AssetListSql::orderBy(page.sortBy, page.descending,
                                                PlacementRepository::addressList(m_db.dialect()));
    const bool paged = page.limit >= 0 || page.offset > 0;
    if (!paged) {
        Query query(m_db,
                    entryColumns(m_db.dialect()) + kEntryJoins + kSpecJoins + list.where() + order);
        list.bindTo(query);
        return query.list(entryFrom);
    }
    return pageOf(list, order, page.limit, page.offset);
}

Result<QList<RegisterEntry>> AssetRepository::firstByValidity(const AssetFilter &filter,
                                                              int limit) const
{
    const AssetListSql list(m_db.dialect(), filter);
    return pageOf(list, QStringLiteral(" ORDER BY a.valid_until, a.id"), limit, 0);
}

Result<QList<RegisterEntry>> AssetRepository::pageOf(const AssetListSql &list, const QString &order,
                                                     int limit, int offset) const
{
    // A page picks its ids first from the light joins the sort needs, then reads every column of
    // those lines only: sorting the whole register with each line's addresses and spec computed
    // would cost as much as reading it all. A derived table, not "IN": PostgreSQL then starts
    // from the page's ids instead of joining whole tables.
    Query query(m_db,
                entryColumns(m_db.dialect()) + QStringLiteral(" FROM (SELECT a.id AS page_id") +
                    kEntryJoins + list.where() + order +
                    QStringLiteral(" LIMIT :limit OFFSET :offset) page JOIN assets a ON a.id = "
                                   "page.page_id") +
                    kLineJoins + kSpecJoins + order);
    list.bindTo(query);
    // PostgreSQL has no "LIMIT -1": ALL rows is the largest count it takes.
    query
        .bind(QStringLiteral(":limit"),
              limit >= 0 ? qint64(limit) : std::numeric_limits<qint64>::max())
        .bind(QStringLiteral(":offset"), qMax(0, offset));
    return query.list(entryFrom);
}

Result<int> AssetRepository::count(const AssetFilter &filter) const
{
    const AssetListSql list(m_db.dialect(), filter);
    // The placement is joined only when a filter reads it.
    const bool readsPlacement = filter.nocId > 0;
    Query query(m_db, QStringLiteral("SELECT COUNT(*) FROM assets a%1%2")
                          .arg(readsPlacement
                                   ? QStringLiteral(" JOIN placements p ON p.id = a.placement_id")
                                   : QString(),
                               list.where()));
    list.bindTo(query);
    auto total = query.scalar();
    if (!total.ok())
        return total.error();
    return total->toInt();
}

Result<QString> AssetRepository::nextRegisterNumber(int year)
{
    Query next(m_db, QStringLiteral("INSERT INTO document_sequences (doc_type, year, last_value) "
                                    "VALUES ('asset', :year, 1) "
                                    "ON CONFLICT (doc_type, year) DO UPDATE SET last_value = "
                                    "document_sequences.last_value + 1 "
                                    "RETURNING last_value"));
    auto value = next.bind(QStringLiteral(":year"), year).scalar();
    if (!value.ok())
        return value.error();
    return QStringLiteral("AST-%1-%2").arg(year).arg(value->toInt(), 4, 10, QLatin1Char('0'));
}

} // namespace kolokasi
