#pragma once

#include "common/Result.h"
#include "domain/IssuedDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace kolokasi {

class Database;

/// Document numbers (nomor surat): one sequence per document type and year, formatted by a
/// pattern from settings. A number, once issued, is never issued again, also when several
/// admins issue at the same moment on a shared database.
class DocumentNumbering
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumbering)

public:
    explicit DocumentNumbering(Database &db) : m_db(db) {}

    /// The number of `docType` for a request: the first call allocates the next number of the
    /// (docType, year of `date`) sequence, dates the document `date` and records it in the
    /// request's history; later calls (reprints) return the same number and date.
    Result<IssuedDocument> issueForRequest(const QString &docType, qint64 requestId,
                                           const QDate &date);
    /// The same for a review's report (peninjauan): one number per review, kept by reprints.
    Result<IssuedDocument> issueForReview(const QString &docType, qint64 reviewId,
                                          const QDate &date);
    /// The number already issued for a review's report, if any (not_found otherwise).
    Result<IssuedDocument> issuedForReview(const QString &docType, qint64 reviewId) const;
    /// A new number on every call, for documents of no request (register lists, rack views).
    Result<IssuedDocument> issue(const QString &docType, const QDate &date);
    /// The number already issued for a request's document, if any (not_found otherwise).
    Result<IssuedDocument> issuedForRequest(const QString &docType, qint64 requestId) const;

    /// Settings key of the pattern every document type uses unless it has its own.
    static inline const QString kSharedPatternKey = QStringLiteral("numbering/default");
    /// Settings key of the issuing office's code that {unit} stands for.
    static inline const QString kUnitCodeKey = QStringLiteral("numbering/unit_code");
    /// The pattern used when settings have none.
    static inline const QString kDefaultPattern =
        QStringLiteral("050/{seq:4}/{code}/Aptika/{year}");
    static inline const QString kDefaultUnitCode = QStringLiteral("Diskominfo");
    /// Settings key of the pattern of `docType` alone.
    static QString patternKey(const QString &docType)
    {
        return QStringLiteral("numbering/") + docType;
    }

    /// The number `docType` would get next in the year of `date` with `pattern` and `unit`,
    /// without taking it: reads the sequence, writes nothing (for a settings preview).
    Result<QString> previewNext(const QString &docType, const QString &pattern, const QString &unit,
                                const QDate &date) const;

    /// The pattern of `docType` from settings (key numbering/<docType>), else the shared one
    /// (numbering/default), else "050/{seq:4}/{code}/Aptika/{year}". A pattern starts with the
    /// archive classification code the agency chose (Permendagri 83/2022; information
    /// technology is under 500.12), e.g. "500.12.15/{seq:4}/{code}/{unit}/{year}".
    Result<QString> patternFor(const QString &docType) const;
    /// Checks that a pattern can number a per-year sequence: it needs {seq} (or {seq:N}) and
    /// {year}.
    static Status validatePattern(const QString &pattern);
    /// Fills a pattern: {seq} / {seq:4} (zero-padded), {year}, {month} (two digits),
    /// {roman_month} (XI), {code} (the type's short code, PSJ for persetujuan), {unit} (the
    /// issuing office's code, setting numbering/unit_code, "Diskominfo" if not set).
    static QString applyPattern(const QString &pattern, int sequence, const QDate &date,
                                const QString &code = {}, const QString &unit = {});
    /// The short code of a document type (PGJ, PSJ, BAST, ...), used by the default pattern.
    static QString codeOf(const QString &docType);

private:
    /// What a document's number belongs to: a request or a review, and how to name its absence.
    struct Owner
    {
        QString field; // request, review: the error's field, the stem of its table and column
        qint64 id = 0;
        QString noSuchRow; // "There is no request number 7."
        QString notIssued; // "No persetujuan has been issued for request 7 yet."
    };
    static Owner requestOwner(const QString &docType, qint64 requestId);
    static Owner reviewOwner(const QString &docType, qint64 reviewId);
    Result<IssuedDocument> issuedFor(const QString &docType, const Owner &owner) const;
    Result<IssuedDocument> issueFor(const QString &docType, const Owner &owner, const QDate &date);
    Result<IssuedDocument> allocate(const QString &docType, qint64 requestId, qint64 reviewId,
                                    const QDate &date);
    Result<int> nextInSequence(const QString &docType, int year);

    Database &m_db;
};

} // namespace kolokasi
