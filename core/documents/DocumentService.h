#pragma once

#include "PrintedDocument.h"
#include "common/Result.h"
#include "store/AssetRepository.h"

#include <QCoreApplication>

#include <functional>

namespace kolokasi {

class Database;

/// What to print: the document, for which request (or which register lines / racks), on
/// which paper. The host admin password is only ever held here and in the PrintedDocument.
struct DocumentOrder
{
    DocumentKind kind = DocumentKind::Application;
    qint64 requestId = 0;
    Paper paper = Paper::F4;
    QString hostAdminPassword;
    RegisterFilter registerFilter; // register
    QString noc;                   // rak: all racks of this NOC
    QString rack;                  // rak: this rack
    qint64 reviewId = 0;           // peninjauan: the review
};

/// Why a document is prepared. A preview changes nothing in the database: it shows the number
/// already issued, else none (the title prints dots). Only Issue (printing or saving as PDF)
/// takes a number and records it.
enum class Purpose
{
    Preview,
    Issue
};

/// Gathers a document from the database and, when issued, numbers it, ready for
/// DocumentRenderer. A screen calls prepare(order, Purpose::Preview) for its preview (as
/// often as it likes), then prepare(order, Purpose::Issue) or issue(doc, order) when the
/// admin prints or saves.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    /// Settings key of the remote-access text the notification letter gives each unit, e.g.
    /// "SSH port 2222 melalui VPN vpn.cirebonkab.go.id".
    static inline const QString kRemoteAccessKey = QStringLiteral("documents/remote_access");

    explicit DocumentService(Database &db) : m_db(db) {}

    /// A register printout reads its lines from this database while it is drawn: render it
    /// while the Database is open. Checks the request has reached the document (not_reached,
    /// wrong_kind otherwise). With Purpose::Issue it then issues its number: the first time
    /// allocates it and dates the document with the day of issue (the number carries that
    /// day's year), reprints get the same number and date. A review report keeps its number
    /// like a request's documents; register and rack sheets get a new number each time; an
    /// empty register gets none.
    /// Purpose::Preview writes nothing.
    Result<PrintedDocument> prepare(const DocumentOrder &order, Purpose purpose);
    /// Numbers a document prepared for preview (no-op if it has its number), as prepare(order,
    /// Purpose::Issue) would have.
    Status issue(PrintedDocument &doc, const DocumentOrder &order);
    /// Issues the document and hands it to `deliver` (write the file, spool the print job) in
    /// one transaction: the number, its date and its history entry are committed only once the
    /// document is delivered; a failed delivery leaves the sequence untouched.
    Result<PrintedDocument>
    issueAndDeliver(const DocumentOrder &order,
                    const std::function<Status(const PrintedDocument &)> &deliver);
    /// incomplete_settings if `doc` (filled) cannot be signed yet: one sentence naming what is
    /// missing and where to fill it (Pengaturan → Instansi / Penandatangan / Penomoran).
    static Status checkComplete(const PrintedDocument &doc);
    /// The paper new printouts use unless the admin picks another (setting documents/paper;
    /// F4 when not set, as most regions prescribe).
    Result<Paper> defaultPaper() const;
    static inline const QString kPaperKey = QStringLiteral("documents/paper");
    /// The empty form with dotted lines, under this database's letterhead.
    Result<PrintedDocument> blankForm(DocumentKind kind, Paper paper);
    /// The empty form without a database: no letterhead unless `agency` has one.
    static Result<PrintedDocument> blankForm(DocumentKind kind, Paper paper,
                                             const AgencyProfile &agency);

    /// not_reached / wrong_kind if `dossier` has not got what the document prints.
    static Status checkReached(DocumentKind kind, const PrintDossier &dossier);

private:
    Status loadAgency(PrintedDocument &doc) const;
    Status loadRequestPart(PrintedDocument &doc, const DocumentOrder &order) const;
    Status loadListPart(PrintedDocument &doc, const DocumentOrder &order) const;
    Status loadReviewPart(PrintedDocument &doc, const DocumentOrder &order) const;
    Status issueNumber(PrintedDocument &doc, const DocumentOrder &order);
    Status findMissingSettings(PrintedDocument &doc) const;
    Status findIssuedNumber(PrintedDocument &doc, const DocumentOrder &order) const;
    Result<AssetFilter> assetFilterOf(const RegisterFilter &filter) const;

    Database &m_db;
};

} // namespace kolokasi
