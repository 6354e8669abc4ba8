#include "RequestSummaryRepository.h"

#include "Database.h"
#include "LikePattern.h"
#include "Query.h"
#include "StoredValues.h"

namespace kolokasi {

namespace {
// The moment a step was last done: the newest event that finished a step (see ServiceTiming).
const QString kStepDoneAt =
    QStringLiteral("(SELECT MAX(e.at) FROM request_events e WHERE e.request_id = r.id "
                   "AND e.action NOT IN ('register', 'correction', 'document', 'cancel'))");

const QString kFrom = QStringLiteral(" FROM requests r JOIN units u ON u.id = r.unit_id LEFT JOIN "
                                     "applications a ON a.request_id = r.id");

QString orderColumn(RequestSort sort)
{
    switch (sort) {
    case RequestSort::ByReceivedAt:
        return QStringLiteral("r.received_at");
    // Blank text sorts first on both engines (they disagree on where NULL goes).
    case RequestSort::ByLetterNumber:
        return QStringLiteral("COALESCE(r.letter_number, '')");
    case RequestSort::ByLetterDate:
        return QStringLiteral("COALESCE(r.letter_date, '')");
    case RequestSort::ByUnit:
        return QStringLiteral("u.name");
    case RequestSort::BySubject:
        return QStringLiteral("r.subject");
    case RequestSort::ByDomain:
        return QStringLiteral("COALESCE(a.domain, '')");
    case RequestSort::ByStep:
        return QStringLiteral("r.step");
    case RequestSort::ByStatus:
        return QStringLiteral("r.status");
    case RequestSort::ByServiceType:
        return QStringLiteral("r.service_type");
    }
    return QStringLiteral("r.received_at");
}

// The WHERE clause of `query`; bind() binds its values to a statement built with it.
struct Filter
{
    const RequestListQuery &query;

    QString where() const
    {
        QStringList terms;
        if (!query.search.trimmed().isEmpty()) {
            QStringList anyOf;
            const QStringList columns{QStringLiteral("r.letter_number"), QStringLiteral("u.name"),
                                      QStringLiteral("u.short_name"), QStringLiteral("r.subject"),
                                      QStringLiteral("a.domain")};
            for (qsizetype i = 0; i < columns.size(); ++i)
                anyOf << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE :search%2 ESCAPE '\\'")
                             .arg(columns[i])
                             .arg(i);
            terms << QLatin1Char('(') + anyOf.join(QLatin1String(" OR ")) + QLatin1Char(')');
        }
        if (query.status)
            terms << QStringLiteral("r.status = :status");
        if (query.step)
            terms << QStringLiteral("r.step = :step");
        if (query.unitId > 0)
            terms << QStringLiteral("r.unit_id = :unit_id");
        if (query.year > 0)
            terms << QStringLiteral("r.received_at >= :year_start AND r.received_at < :year_end");
        if (query.serviceType)
            terms << QStringLiteral("r.service_type = :service_type");
        if (query.kind)
            terms << QStringLiteral("r.kind = :kind");
        return terms.isEmpty() ? QString()
                               : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
    }

    void bind(Query &statement) const
    {
        if (!query.search.trimmed().isEmpty()) {
            for (int i = 0; i < 5; ++i)
                statement.bind(QStringLiteral(":search%1").arg(i), stored::containsPattern(query.search));
        }
        if (query.status)
            statement.bind(QStringLiteral(":status"), toStorage(*query.status));
        if (query.step)
            statement.bind(QStringLiteral(":step"), SopSteps::number(*query.step));
        if (query.unitId > 0)
            statement.bind(QStringLiteral(":unit_id"), query.unitId);
        if (query.year > 0) {
            // received_at is stored as ISO text in UTC, so a text range is the year.
            statement.bind(QStringLiteral(":year_start"),
                           QStringLiteral("%1-01-01").arg(query.year, 4, 10, QLatin1Char('0')));
            statement.bind(QStringLiteral(":year_end"),
                           QStringLiteral("%1-01-01").arg(query.year + 1, 4, 10, QLatin1Char('0')));
        }
        if (query.serviceType)
            statement.bind(QStringLiteral(":service_type"), toStorage(*query.serviceType));
        if (query.kind)
            statement.bind(QStringLiteral(":kind"), toStorage(*query.kind));
    }
};

RequestSummary summaryFrom(const Query &q)
{
    RequestSummary s;
    s.id = q.value(0).toLongLong();
    fromStorage(q.value(1).toString(), &s.kind);
    fromStorage(q.value(2).toString(), &s.serviceType);
    s.unitId = q.value(3).toLongLong();
    s.unitName = q.value(4).toString();
    s.letterNumber = q.value(5).toString();
    s.letterDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    s.subject = q.value(7).toString();
    s.domain = q.value(8).toString();
    s.receivedAt = stored::instantFrom(q.value(9));
    s.step = SopSteps::fromStored(q.value(10).toInt());
    fromStorage(q.value(11).toString(), &s.status);
    s.closedAt = stored::instantFrom(q.value(12));
    s.stepDoneAt = q.value(13).isNull() ? s.receivedAt : stored::instantFrom(q.value(13));
    return s;
}
} // namespace

Result<QList<RequestSummary>> RequestSummaryRepository::page(const RequestListQuery &query) const
{
    const Filter filter{query};
    QString sql =
        QStringLiteral("SELECT r.id, r.kind, r.service_type, r.unit_id, u.name, r.letter_number, "
                       "r.letter_date, r.subject, a.domain, r.received_at, r.step, r.status, "
                       "r.closed_at, %1")
            .arg(kStepDoneAt) +
        kFrom + filter.where() +
        QStringLiteral(" ORDER BY %1 %2, r.id %2")
            .arg(orderColumn(query.sort),
                 query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT :limit OFFSET :offset");
    Query statement(m_db, sql);
    filter.bind(statement);
    if (query.limit > 0)
        statement.bind(QStringLiteral(":limit"), query.limit)
            .bind(QStringLiteral(":offset"), qMax(0, query.offset));
    return statement.list(summaryFrom);
}

Result<int> RequestSummaryRepository::count(const RequestListQuery &query) const
{
    const Filter filter{query};
    Query statement(m_db, QStringLiteral("SELECT COUNT(*)") + kFrom + filter.where());
    filter.bind(statement);
    auto total = statement.scalar();
    if (!total.ok())
        return total.error();
    return total->toInt();
}

Result<int> RequestSummaryRepository::withdrawableAssetCount(qint64 requestId) const
{
    Query statement(
        m_db, QStringLiteral("SELECT COUNT(*) FROM assets s WHERE s.request_id = :id AND s.status "
                             "= 'active' AND NOT EXISTS "
                             "(SELECT 1 FROM withdrawals w JOIN requests r ON r.id = w.request_id "
                             "WHERE w.asset_id = s.id AND r.status = 'open')"));
    statement.bind(QStringLiteral(":id"), requestId);
    auto total = statement.scalar();
    if (!total.ok())
        return total.error();
    return total->toInt();
}

} // namespace kolokasi
