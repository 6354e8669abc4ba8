#pragma once

#include "common/Result.h"
#include "documents/DocumentService.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The window's one door to the core's documents (the same DocumentService and renderer as
/// the command line). Previewing changes nothing; only issue() numbers a document.
class DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSource)

public:
    explicit DocumentSource(Database &db) : m_db(db) {}

    /// The document as it will print, without issuing a number or writing history. A reprint
    /// shows the number it already has; a first print shows dots where the number will be.
    Result<PrintedDocument> preview(const DocumentOrder &order);
    /// The document numbered for printing or saving: the first time issues its number.
    Result<PrintedDocument> issue(const DocumentOrder &order);
    /// Issues the document and delivers it (prints, writes the file) in one transaction: the
    /// number is kept only if `deliver` succeeds.
    Result<PrintedDocument>
    issueAndDeliver(const DocumentOrder &order,
                    const std::function<Status(const PrintedDocument &)> &deliver);
    /// The paper the settings choose for new printouts (A4 or F4).
    Paper defaultPaper() const;
    /// The documents of `requestId` it has reached so far, in the order of the procedure.
    Result<QList<DocumentKind>> reachedBy(qint64 requestId) const;

    /// The document's name on screen ("Form persetujuan").
    static QString titleOf(DocumentKind kind);

private:
    Database &m_db;
};

} // namespace kolokasi
