#include "RequestSummaryRepository.h"

#include "Database.h"
#include "LikePattern.h"
#include "Query.h"
#include "SqlDialect.h"
#include "StoredValues.h"

#include <QRegularExpression>

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

// Words split at spaces; each must appear somewhere in the request's search text.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.split(spaces, Qt::SkipEmptyParts);
}

// Trigram search finds only substrings of three characters or more through its index.
constexpr int kShortestIndexedWord = 3;

// An FTS5 phrase: the word in double quotes, its own quotes doubled, so no word is syntax.
QString ftsPhrase(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

// The WHERE clause of `query`; bind() binds its values to a statement built with it.
struct Filter
{
    const RequestListQuery &query;
    const SqlDialect &dialect;

    // The search reads request_search (migration 016): an FTS5 trigram index on SQLite, a
    // pg_trgm GIN index on PostgreSQL, as the register does; a word that matches nothing no
    // longer reads every request.
    QString search() const
    {
        const QStringList words = searchWords(query.search);
        if (words.isEmpty())
            return {};
        const bool fts = dialect.hasFullTextSearch();
        QStringList conditions;
        bool phrases = false;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (fts && words[i].size() >= kShortestIndexedWord) {
                phrases = true;
                continue;
            }
            conditions << QStringLiteral("body %1 :word%2 ESCAPE '\\'")
                              .arg(fts ? QStringLiteral("LIKE") : QStringLiteral("ILIKE"))
                              .arg(i);
        }
        if (phrases)
            conditions.prepend(QStringLiteral("request_search MATCH :match"));
        return QStringLiteral("r.id IN (SELECT %1 FROM request_search WHERE %2)")
            .arg(fts ? QStringLiteral("rowid") : QStringLiteral("request_id"),
                 conditions.join(QStringLiteral(" AND ")));
    }

    void bindSearch(Query &statement) const
    {
        const QStringList words = searchWords(query.search);
        const bool fts = dialect.hasFullTextSearch();
        QStringList phrases;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (fts && words[i].size() >= kShortestIndexedWord)
                phrases << ftsPhrase(words[i]);
            else
                statement.bind(QStringLiteral(":word%1").arg(i),
                               stored::containsPattern(words[i]));
        }
        if (!phrases.isEmpty())
            statement.bind(QStringLiteral(":match"), phrases.join(QLatin1Char(' ')));
    }

    QString where() const
    {
        QStringList terms;
        if (const QString searched = search(); !searched.isEmpty())
            terms << searched;
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
        bindSearch(statement);
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
    const Filter filter{query, m_db.dialect()};
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
    const Filter filter{query, m_db.dialect()};
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
