#include "DocumentNumbering.h"

#include "AuditLog.h"
#include "Database.h"
#include "Query.h"
#include "RequestEventRepository.h"
#include "SettingsRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace kolokasi {

namespace {
// A pattern an admin shares between types can make a number clash: skip ahead, at most this far.
constexpr int kMaxClashSkips = 1000;

QString romanMonth(int month)
{
    static const QStringList numerals{
        QStringLiteral("I"),  QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
        QStringLiteral("V"),  QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII"),
        QStringLiteral("IX"), QStringLiteral("X"),  QStringLiteral("XI"),  QStringLiteral("XII")};
    return numerals.value(month - 1);
}

const QString kDocumentColumns =
    QStringLiteral("SELECT doc_type, number, request_id, issued_at, issued_by, dated_on, review_id "
                   "FROM documents ");

IssuedDocument documentFrom(const Query &q)
{
    IssuedDocument document{q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toLongLong(),
                            QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                            q.value(4).toString(),
                            {},
                            0};
    document.datedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!document.datedOn.isValid()) // issued before documents were dated: the day of issue
        document.datedOn = document.issuedAt.toLocalTime().date();
    document.reviewId = q.value(6).toLongLong();
    return document;
}
} // namespace

QString DocumentNumbering::codeOf(const QString &docType)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("pengajuan"), QStringLiteral("PGJ")},
        {QStringLiteral("persetujuan"), QStringLiteral("PSJ")},
        {QStringLiteral("serah-terima"), QStringLiteral("BAST")},
        {QStringLiteral("pencabutan"), QStringLiteral("PCB")},
        {QStringLiteral("kapasitas"), QStringLiteral("KAP")},
        {QStringLiteral("pemberitahuan"), QStringLiteral("PBT")},
        {QStringLiteral("laporan-selesai"), QStringLiteral("LAP")},
        {QStringLiteral("register"), QStringLiteral("REG")},
        {QStringLiteral("rak"), QStringLiteral("RAK")},
        {QStringLiteral("peninjauan"), QStringLiteral("TNJ")}};
    return codes.value(docType, docType.toUpper());
}

QString DocumentNumbering::applyPattern(const QString &pattern, int sequence, const QDate &date,
                                        const QString &code, const QString &unit)
{
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::(\\d))?\\}"));
    QString number = pattern;
    QRegularExpressionMatch match;
    while ((match = seq.match(number)).hasMatch()) {
        const int width = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
        number.replace(match.capturedStart(), match.capturedLength(),
                       QStringLiteral("%1").arg(sequence, width, 10, QLatin1Char('0')));
    }
    number.replace(QLatin1String("{year}"), QString::number(date.year()));
    number.replace(QLatin1String("{month}"),
                   QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0')));
    number.replace(QLatin1String("{roman_month}"), romanMonth(date.month()));
    number.replace(QLatin1String("{code}"), code);
    number.replace(QLatin1String("{unit}"), unit);
    return number;
}

Status DocumentNumbering::validatePattern(const QString &pattern)
{
    static const QRegularExpression seq(QStringLiteral("\\{seq(?::\\d)?\\}"));
    if (!seq.match(pattern).hasMatch() || !pattern.contains(QLatin1String("{year}")))
        return Error{QStringLiteral("pattern_invalid"),
                     tr("A numbering pattern needs {seq} (or {seq:4}) and {year}, for example "
                        "050/{seq:4}/Aptika/{year}: the sequence starts again every year."),
                     QStringLiteral("pattern")};
    return {};
}

Result<QString> DocumentNumbering::patternFor(const QString &docType) const
{
    const SettingsRepository settings(m_db);
    auto shared = settings.value(kSharedPatternKey, kDefaultPattern);
    if (!shared.ok())
        return shared;
    auto pattern = settings.value(patternKey(docType), *shared);
    if (pattern.ok() && !validatePattern(*pattern).ok())
        return kDefaultPattern; // a broken setting must not stop printing
    return pattern;
}

Result<QString> DocumentNumbering::previewNext(const QString &docType, const QString &pattern,
                                               const QString &unit, const QDate &date) const
{
    if (Status valid = validatePattern(pattern); !valid.ok())
        return valid.error();
    Query last(
        m_db,
        QStringLiteral(
            "SELECT last_value FROM document_sequences WHERE doc_type = :type AND year = :year"));
    last.bind(QStringLiteral(":type"), docType).bind(QStringLiteral(":year"), date.year());
    auto value = last.scalar();
    if (!value.ok())
        return value.error();
    return applyPattern(pattern, value->toInt() + 1, date, codeOf(docType),
                        unit.isEmpty() ? kDefaultUnitCode : unit);
}

DocumentNumbering::Owner DocumentNumbering::requestOwner(const QString &docType, qint64 requestId)
{
    return {QStringLiteral("request"), requestId,
            tr("There is no request number %1.").arg(requestId),
            tr("No %1 has been issued for request %2 yet.").arg(docType).arg(requestId)};
}

DocumentNumbering::Owner DocumentNumbering::reviewOwner(const QString &docType, qint64 reviewId)
{
    return {QStringLiteral("review"), reviewId, tr("There is no review number %1.").arg(reviewId),
            tr("No %1 has been issued for review %2 yet.").arg(docType).arg(reviewId)};
}

Result<IssuedDocument> DocumentNumbering::issuedFor(const QString &docType,
                                                    const Owner &owner) const
{
    // owner.field is one of two fixed names, never user input.
    Query query(m_db,
                kDocumentColumns +
                    QStringLiteral("WHERE doc_type = :type AND %1_id = :owner").arg(owner.field));
    query.bind(QStringLiteral(":type"), docType).bind(QStringLiteral(":owner"), owner.id);
    return query.one(documentFrom, Error{QStringLiteral("not_found"), owner.notIssued, QString()});
}

Result<IssuedDocument> DocumentNumbering::issueFor(const QString &docType, const Owner &owner,
                                                   const QDate &date)
{
    return m_db.transaction([&]() -> Result<IssuedDocument> {
        // Lock the owner: two admins printing the same document at once get the same number.
        Query lock(m_db, QStringLiteral("SELECT id FROM %1s WHERE id = :id").arg(owner.field) +
                             m_db.dialect().lockRowsSuffix());
        lock.bind(QStringLiteral(":id"), owner.id);
        auto found = lock.scalar();
        if (!found.ok())
            return found.error();
        if (found->isNull())
            return Error{QStringLiteral("not_found"), owner.noSuchRow, owner.field};
        if (auto existing = issuedFor(docType, owner); existing.ok())
            return existing;
        const bool ofRequest = owner.field == QLatin1String("request");
        return allocate(docType, ofRequest ? owner.id : 0, ofRequest ? 0 : owner.id, date);
    });
}

Result<IssuedDocument> DocumentNumbering::issuedForRequest(const QString &docType,
                                                           qint64 requestId) const
{
    return issuedFor(docType, requestOwner(docType, requestId));
}

Result<IssuedDocument> DocumentNumbering::issueForRequest(const QString &docType, qint64 requestId,
                                                          const QDate &date)
{
    return issueFor(docType, requestOwner(docType, requestId), date);
}

Result<IssuedDocument> DocumentNumbering::issuedForReview(const QString &docType,
                                                          qint64 reviewId) const
{
    return issuedFor(docType, reviewOwner(docType, reviewId));
}

Result<IssuedDocument> DocumentNumbering::issueForReview(const QString &docType, qint64 reviewId,
                                                         const QDate &date)
{
    return issueFor(docType, reviewOwner(docType, reviewId), date);
}

Result<IssuedDocument> DocumentNumbering::issue(const QString &docType, const QDate &date)
{
    return m_db.transaction([&]() { return allocate(docType, 0, 0, date); });
}

Result<int> DocumentNumbering::nextInSequence(const QString &docType, int year)
{
    Query create(
        m_db, QStringLiteral("INSERT INTO document_sequences (doc_type, year, last_value) "
                             "VALUES (:type, :year, 0) ON CONFLICT (doc_type, year) DO NOTHING"));
    create.bind(QStringLiteral(":type"), docType).bind(QStringLiteral(":year"), year);
    if (Status done = create.exec(); !done.ok())
        return done.error();
    // The UPDATE takes the row lock: concurrent allocators queue here and each gets its own value.
    Query next(m_db,
               QStringLiteral("UPDATE document_sequences SET last_value = last_value + 1 "
                              "WHERE doc_type = :type AND year = :year RETURNING last_value"));
    next.bind(QStringLiteral(":type"), docType).bind(QStringLiteral(":year"), year);
    auto value = next.scalar();
    if (!value.ok())
        return value.error();
    return value->toInt();
}

Result<IssuedDocument> DocumentNumbering::allocate(const QString &docType, qint64 requestId,
                                                   qint64 reviewId, const QDate &date)
{
    auto pattern = patternFor(docType);
    if (!pattern.ok())
        return pattern.error();
    auto unit = SettingsRepository(m_db).value(kUnitCodeKey, kDefaultUnitCode);
    if (!unit.ok())
        return unit.error();
    for (int attempt = 0; attempt < kMaxClashSkips; ++attempt) {
        auto sequence = nextInSequence(docType, date.year());
        if (!sequence.ok())
            return sequence.error();
        const QString number = applyPattern(*pattern, *sequence, date, codeOf(docType), *unit);
        Query taken(m_db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE number = :number"));
        taken.bind(QStringLiteral(":number"), number);
        auto count = taken.scalar();
        if (!count.ok())
            return count.error();
        if (count->toInt() > 0)
            continue;
        IssuedDocument document{
            docType,      number, requestId, QDateTime::fromString(m_db.nowText(), Qt::ISODate),
            m_db.actor(), date,   reviewId};
        const QVariant none(QMetaType(QMetaType::LongLong));
        Query insert(
            m_db, QStringLiteral(
                      "INSERT INTO documents (doc_type, number, request_id, review_id, issued_at, "
                      "issued_by, dated_on) "
                      "VALUES (:type, :number, :request, :review, :at, :by, :dated) RETURNING id"));
        insert.bind(QStringLiteral(":type"), docType)
            .bind(QStringLiteral(":number"), number)
            .bind(QStringLiteral(":request"), requestId > 0 ? QVariant(requestId) : none)
            .bind(QStringLiteral(":review"), reviewId > 0 ? QVariant(reviewId) : none)
            .bind(QStringLiteral(":at"), m_db.nowText())
            .bind(QStringLiteral(":by"), m_db.actor())
            .bind(QStringLiteral(":dated"), date.toString(Qt::ISODate));
        auto id = AuditLog(m_db).insertAndLog(insert, QStringLiteral("document"),
                                              docType + QLatin1Char(' ') + number);
        if (!id.ok())
            return id.error();
        if (requestId > 0) {
            if (Status logged =
                    RequestEventRepository(m_db).appendDocument(requestId, docType, number);
                !logged.ok())
                return logged.error();
        }
        return document;
    }
    return Error{
        QStringLiteral("numbering_exhausted"),
        tr("Could not find a free number for %1 with the pattern %2. Check the numbering settings.")
            .arg(docType, *pattern),
        QStringLiteral("pattern")};
}

} // namespace kolokasi
