#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A numbered document that has been issued (printed for signature at least once).
struct IssuedDocument
{
    QString docType;      // pengajuan, persetujuan, serah-terima, ...
    QString number;       // 050/0012/PSJ/Aptika/2026
    qint64 requestId = 0; // 0 for documents of no request (register lists)
    QDateTime issuedAt;
    QString issuedBy;
    QDate datedOn;       // the day the document is dated with (its date line), the number's year
    qint64 reviewId = 0; // peninjauan: its review
};

} // namespace kolokasi
