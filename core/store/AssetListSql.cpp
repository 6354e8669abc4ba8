#include "AssetListSql.h"

#include "Query.h"
#include "SqlDialect.h"
#include "StoredValues.h"

#include <QRegularExpression>

namespace kolokasi {

namespace {
// Trigram search finds only substrings of three characters or more through its index.
constexpr int kShortestIndexedWord = 3;

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('%'), QLatin1String("\\%"));
    word.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

// An FTS5 phrase: the word in double quotes, its own quotes doubled, so no word is syntax.
QString ftsPhrase(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}
} // namespace

AssetListSql::AssetListSql(const SqlDialect &dialect, const AssetFilter &filter)
{
    if (filter.assetId > 0)
        add(QStringLiteral("a.id = :asset_id"), QStringLiteral(":asset_id"), filter.assetId);
    if (filter.nocId > 0)
        add(QStringLiteral("p.noc_id = :noc_id"), QStringLiteral(":noc_id"), filter.nocId);
    if (filter.unitId > 0)
        add(QStringLiteral("a.unit_id = :unit_id"), QStringLiteral(":unit_id"), filter.unitId);
    if (filter.status)
        add(QStringLiteral("a.status = :status"), QStringLiteral(":status"),
            toStorage(*filter.status));
    if (filter.validUntilOnOrBefore.isValid() || filter.validUntilOnOrAfter.isValid())
        add(QStringLiteral("a.permanent = 0"));
    if (filter.validUntilOnOrBefore.isValid())
        add(QStringLiteral("a.valid_until <= :until"), QStringLiteral(":until"),
            stored::date(filter.validUntilOnOrBefore));
    if (filter.validUntilOnOrAfter.isValid())
        add(QStringLiteral("a.valid_until >= :from"), QStringLiteral(":from"),
            stored::date(filter.validUntilOnOrAfter));
    if (filter.reviewedBefore.isValid())
        add(QStringLiteral("(a.last_reviewed_on IS NULL OR a.last_reviewed_on < :reviewed_before)"),
            QStringLiteral(":reviewed_before"), stored::date(filter.reviewedBefore));
    addSearch(dialect, filter.search);
}

void AssetListSql::add(const QString &condition, const QString &placeholder, const QVariant &value)
{
    m_conditions.append(condition);
    if (!placeholder.isEmpty())
        m_values.append({placeholder, value});
}

void AssetListSql::addSearch(const SqlDialect &dialect, const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    QStringList phrases;
    QStringList conditions;
    for (const QString &word : words) {
        if (dialect.hasFullTextSearch() && word.size() >= kShortestIndexedWord) {
            phrases << ftsPhrase(word);
            continue;
        }
        const QString placeholder = QStringLiteral(":word%1").arg(m_values.size());
        conditions << QStringLiteral("body %1 %2 ESCAPE '\\'")
                          .arg(dialect.hasFullTextSearch() ? QStringLiteral("LIKE")
                                                           : QStringLiteral("ILIKE"),
                               placeholder);
        m_values.append({placeholder, likePattern(word)});
    }
    if (!phrases.isEmpty()) {
        conditions.prepend(QStringLiteral("asset_search MATCH :match"));
        m_values.append({QStringLiteral(":match"), phrases.join(QLatin1Char(' '))});
    }
    const QString key =
        dialect.hasFullTextSearch() ? QStringLiteral("rowid") : QStringLiteral("asset_id");
    add(QStringLiteral("a.id IN (SELECT %1 FROM asset_search WHERE %2)")
            .arg(key, conditions.join(QStringLiteral(" AND "))));
}

QString AssetListSql::where() const
{
    return m_conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

void AssetListSql::bindTo(Query &query) const
{
    for (const auto &[placeholder, value] : m_values)
        query.bind(placeholder, value);
}

QString AssetListSql::orderBy(RegisterColumn column, bool descending, const QString &addressList)
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QStringList keys;
    // Both engines know NULLS LAST (SQLite since 3.30); their defaults differ.
    const auto nullable = [&](const QString &expression) {
        keys << expression + direction + QStringLiteral(" NULLS LAST");
    };
    switch (column) {
    case RegisterColumn::RegisterNumber:
        break;
    case RegisterColumn::ServerName:
        keys << QStringLiteral("s.name") + direction;
        break;
    case RegisterColumn::Unit:
        keys << QStringLiteral("u.name") + direction;
        break;
    case RegisterColumn::Officer:
        nullable(QStringLiteral("o.name"));
        break;
    case RegisterColumn::Domain:
        nullable(QStringLiteral("p.domain"));
        break;
    case RegisterColumn::IpAddress:
        nullable(addressList);
        break;
    case RegisterColumn::SerialNumber:
        nullable(QStringLiteral("p.serial_number"));
        break;
    case RegisterColumn::TypeBrand:
        nullable(QStringLiteral("p.type_brand"));
        break;
    case RegisterColumn::Location:
        nullable(QStringLiteral("n.name"));
        nullable(QStringLiteral("r.name"));
        nullable(QStringLiteral("p.first_u"));
        break;
    case RegisterColumn::PowerW:
        keys << QStringLiteral("s.power_w") + direction;
        break;
    case RegisterColumn::InstalledOn:
        keys << QStringLiteral("a.installed_on") + direction;
        break;
    case RegisterColumn::ValidUntil:
        nullable(QStringLiteral("a.valid_until"));
        break;
    case RegisterColumn::State:
        keys << QStringLiteral("a.status") + direction;
        break;
    case RegisterColumn::LastReviewedOn:
        nullable(QStringLiteral("a.last_reviewed_on"));
        break;
    }
    keys << QStringLiteral("a.register_number") + direction;
    return QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

} // namespace kolokasi
