#include "DocumentService.h"

#include "DocumentParts.h"
#include "PrintDossierReader.h"
#include "register/AssetRegister.h"
#include "register/RegisterViewFilter.h"
#include "register/ReviewProcess.h"
#include "store/DataCentreRepository.h"
#include "store/Database.h"
#include "store/DocumentNumbering.h"
#include "store/PrintDataRepository.h"
#include "store/SettingsRepository.h"
#include "store/UnitRepository.h"

namespace kolokasi {

namespace {
Error notReached(qint64 requestId, const QString &what)
{
    return {QStringLiteral("not_reached"), what.arg(requestId), QStringLiteral("request")};
}

Error wrongKind(qint64 requestId, const QString &what)
{
    return {QStringLiteral("wrong_kind"), what.arg(requestId), QStringLiteral("request")};
}

// The agency's signatory of a role, or an empty one (the form then prints dots).
Signatory signatoryOr(const SettingsRepository &settings, const QString &role)
{
    auto found = settings.signatory(role);
    return found.ok() ? *found : Signatory{role, {}, {}, {}};
}
} // namespace

Result<PrintedDocument> DocumentService::prepare(const DocumentOrder &order, Purpose purpose)
{
    PrintedDocument doc;
    doc.kind = order.kind;
    doc.paper = order.paper;
    doc.hostAdminPassword = order.hostAdminPassword;
    if (Status loaded = loadAgency(doc); !loaded.ok())
        return loaded.error();
    const Status part =
        belongsToRequest(order.kind) ? loadRequestPart(doc, order) : loadListPart(doc, order);
    if (!part.ok())
        return part.error();
    if (Status found = findMissingSettings(doc); !found.ok())
        return found.error();
    if (purpose == Purpose::Issue) {
        if (Status complete = checkComplete(doc); !complete.ok())
            return complete.error();
    }
    const Status numbered =
        purpose == Purpose::Issue ? issueNumber(doc, order) : findIssuedNumber(doc, order);
    if (!numbered.ok())
        return numbered.error();
    return doc;
}

Status DocumentService::issue(PrintedDocument &doc, const DocumentOrder &order)
{
    if (Status complete = checkComplete(doc); !complete.ok())
        return complete;
    return doc.number.isEmpty() ? issueNumber(doc, order) : Status();
}

Result<PrintedDocument>
DocumentService::issueAndDeliver(const DocumentOrder &order,
                                 const std::function<Status(const PrintedDocument &)> &deliver)
{
    const auto prepareAndDeliver = [&]() -> Result<PrintedDocument> {
        auto doc = prepare(order, Purpose::Issue);
        if (!doc.ok())
            return doc;
        if (Status delivered = deliver(*doc); !delivered.ok())
            return delivered.error();
        return doc;
    };
    // A read-only database issues nothing (it still prints reprints, lists and racks).
    if (m_db.isReadOnly())
        return prepareAndDeliver();
    return m_db.transaction(prepareAndDeliver);
}

// What a filled document needs from the settings to be signed: the agency's letterhead and
// place, the head of division who signs (and the data centre officer where one signs), and a
// numbering pattern the agency chose (not the built-in fallback).
Status DocumentService::findMissingSettings(PrintedDocument &doc) const
{
    doc.incomplete.clear();
    if (doc.blank)
        return {};
    const AgencyProfile &agency = doc.agency;
    if (agency.governmentName.trimmed().isEmpty() || agency.officeName.trimmed().isEmpty() ||
        agency.address.trimmed().isEmpty() || agency.place.trimmed().isEmpty())
        doc.incomplete.append(QStringLiteral("Instansi"));
    const bool officerSigns = doc.kind == DocumentKind::Handover ||
                              doc.kind == DocumentKind::RackView ||
                              doc.kind == DocumentKind::ReviewReport;
    const Signatory &head = doc.headOfDivision;
    if (head.name.trimmed().isEmpty() || head.nip.trimmed().isEmpty() ||
        head.position.trimmed().isEmpty() ||
        (officerSigns && doc.dataCentreOfficer.name.trimmed().isEmpty()))
        doc.incomplete.append(QStringLiteral("Penandatangan"));
    const SettingsRepository settings(m_db);
    auto shared = settings.value(DocumentNumbering::kSharedPatternKey);
    if (!shared.ok())
        return shared.error();
    auto own = settings.value(DocumentNumbering::patternKey(nameOf(doc.kind)));
    if (!own.ok())
        return own.error();
    if (shared->trimmed().isEmpty() && own->trimmed().isEmpty())
        doc.incomplete.append(QStringLiteral("Penomoran"));
    return {};
}

Status DocumentService::checkComplete(const PrintedDocument &doc)
{
    if (doc.blank || doc.incomplete.isEmpty())
        return {};
    QStringList parts;
    for (const QString &page : doc.incomplete) {
        if (page == QLatin1String("Instansi"))
            parts.append(tr("the agency profile (Settings → Agency)"));
        else if (page == QLatin1String("Penandatangan"))
            parts.append(tr("the signatories (Settings → Signatories)"));
        else
            parts.append(tr("the numbering pattern (Settings → Numbering)"));
    }
    const QString last = parts.takeLast();
    const QString missing =
        parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    return Error{QStringLiteral("incomplete_settings"),
                 tr("This document cannot be printed yet: fill in %1 first.").arg(missing),
                 QStringLiteral("settings")};
}

Result<Paper> DocumentService::defaultPaper() const
{
    auto stored = SettingsRepository(m_db).value(kPaperKey);
    if (!stored.ok())
        return stored.error();
    return paperFromName(*stored).value_or(Paper::F4);
}

Result<PrintedDocument> DocumentService::blankForm(DocumentKind kind, Paper paper)
{
    const SettingsRepository settings(m_db);
    auto agency = settings.agencyProfile();
    if (!agency.ok())
        return agency.error();
    auto doc = blankForm(kind, paper, *agency);
    // The blank form still names the signing office, not the person.
    if (doc.ok())
        doc.value().headOfDivision.position =
            signatoryOr(settings, Signatory::kHeadOfDivision).position;
    return doc;
}

Result<PrintedDocument> DocumentService::blankForm(DocumentKind kind, Paper paper,
                                                   const AgencyProfile &agency)
{
    if (!isForm(kind))
        return Error{QStringLiteral("no_blank_form"),
                     tr("Only the four forms (pengajuan, persetujuan, serah-terima, pencabutan) "
                        "have a blank "
                        "version; %1 has none.")
                         .arg(nameOf(kind)),
                     QStringLiteral("document")};
    PrintedDocument doc;
    doc.kind = kind;
    doc.paper = paper;
    doc.blank = true;
    doc.agency = agency;
    return doc;
}

Status DocumentService::loadAgency(PrintedDocument &doc) const
{
    const SettingsRepository settings(m_db);
    auto agency = settings.agencyProfile();
    if (!agency.ok())
        return agency.error();
    doc.agency = *agency;
    auto remoteAccess = settings.value(kRemoteAccessKey);
    if (!remoteAccess.ok())
        return remoteAccess.error();
    doc.remoteAccess = *remoteAccess;
    doc.headOfOffice = signatoryOr(settings, Signatory::kHeadOfOffice);
    doc.headOfDivision = signatoryOr(settings, Signatory::kHeadOfDivision);
    doc.dataCentreOfficer = signatoryOr(settings, Signatory::kDataCentreOfficer);
    return {};
}

Status DocumentService::loadRequestPart(PrintedDocument &doc, const DocumentOrder &order) const
{
    auto dossier = PrintDossierReader(m_db).read(order.requestId);
    if (!dossier.ok()) {
        Error error = dossier.error();
        if (error.code == QLatin1String("not_found"))
            error.field = QStringLiteral("request"); // the number the user typed
        return error;
    }
    if (Status reached = checkReached(order.kind, *dossier); !reached.ok())
        return reached;
    doc.date = m_db.clock().today(); // until it is issued: the day it would be dated with
    doc.dossier = *dossier;
    return {};
}

Status DocumentService::loadListPart(PrintedDocument &doc, const DocumentOrder &order) const
{
    if (order.kind == DocumentKind::ReviewReport)
        return loadReviewPart(doc, order);
    doc.date = m_db.clock().today();
    PrintDataRepository data(m_db);
    if (order.kind == DocumentKind::Register) {
        auto filter = assetFilterOf(order.registerFilter);
        if (!filter.ok())
            return filter.error();
        // The lines are read a slice at a time while the pages are drawn, never all at once.
        auto count = AssetRegister(m_db).count(*filter);
        if (!count.ok())
            return count.error();
        doc.registerLines.count = *count;
        doc.registerLines.read = [db = &m_db, assets = *filter](qsizetype offset, qsizetype limit) {
            RegisterPage slice;
            slice.offset = static_cast<int>(offset);
            slice.limit = static_cast<int>(limit);
            return AssetRegister(*db).page(assets, slice);
        };
        doc.registerFilter = order.registerFilter;
        return {};
    }
    if (order.noc.isEmpty() && order.rack.isEmpty())
        return Error{QStringLiteral("required"), tr("Name a rack or a NOC to print."),
                     QStringLiteral("rack")};
    auto racks = data.rackElevations(order.noc, order.rack);
    if (!racks.ok())
        return racks.error();
    if (racks->isEmpty())
        return Error{QStringLiteral("no_racks"), tr("The NOC %1 has no racks.").arg(order.noc),
                     QStringLiteral("noc")};
    doc.racks = *racks;
    return {};
}

// A finished review's report carries the day it was finished; an unfinished one, today.
Status DocumentService::loadReviewPart(PrintedDocument &doc, const DocumentOrder &order) const
{
    auto progress = ReviewProcess(m_db).progress(order.reviewId);
    if (!progress.ok()) {
        Error error = progress.error();
        if (error.code == QLatin1String("not_found"))
            error = {error.code, tr("There is no review number %1.").arg(order.reviewId),
                     QStringLiteral("review")};
        return error;
    }
    doc.date = m_db.clock().today(); // until it is issued: the day it would be dated with
    doc.review = std::make_shared<const ReviewProgress>(std::move(*progress));
    return {};
}

// The register's filter by id, from the names the admin typed.
Result<AssetFilter> DocumentService::assetFilterOf(const RegisterFilter &filter) const
{
    auto assets = RegisterViewFilter::fromNames(m_db, filter.noc, filter.unit, filter.status);
    if (!assets.ok())
        return assets;
    AssetFilter searched = *assets;
    searched.search = filter.search.trimmed();
    return searched;
}

// A document is dated with the day it is issued (the day it is signed): its date line shows
// that day and its number carries that day's year and that year's sequence. A reprint keeps
// both (the day is recorded with the number). Register lists and rack sheets are dated and
// numbered afresh at every print.
Status DocumentService::issueNumber(PrintedDocument &doc, const DocumentOrder &order)
{
    if (order.kind == DocumentKind::Register && doc.registerLines.count == 0)
        return {}; // an empty list records nothing worth a number
    DocumentNumbering numbering(m_db);
    const QDate today = m_db.clock().today();
    const QString type = nameOf(order.kind);
    auto issued = belongsToRequest(order.kind)
                      ? numbering.issueForRequest(type, order.requestId, today)
                  : order.kind == DocumentKind::ReviewReport
                      ? numbering.issueForReview(type, order.reviewId, today)
                      : numbering.issue(type, today);
    if (!issued.ok())
        return issued.error();
    doc.number = issued->number;
    doc.date = issued->datedOn;
    return {};
}

Status DocumentService::findIssuedNumber(PrintedDocument &doc, const DocumentOrder &order) const
{
    const DocumentNumbering numbering(m_db);
    Result<IssuedDocument> issued = Error{QStringLiteral("not_found"), {}, {}};
    if (belongsToRequest(order.kind))
        issued = numbering.issuedForRequest(nameOf(order.kind), order.requestId);
    else if (order.kind == DocumentKind::ReviewReport)
        issued = numbering.issuedForReview(nameOf(order.kind), order.reviewId);
    if (issued.ok()) {
        doc.number = issued->number;
        doc.date = issued->datedOn;
    } else if (issued.error().code != QLatin1String("not_found")) {
        return issued.error();
    }
    return {};
}

Status DocumentService::checkReached(DocumentKind kind, const PrintDossier &dossier)
{
    const qint64 id = dossier.request.id;
    const bool withdrawal = dossier.request.kind == RequestKind::Withdrawal;
    if (kind == DocumentKind::Withdrawal) {
        if (!withdrawal)
            return wrongKind(
                id, tr("Request %1 is not a withdrawal request: it has no pencabutan form."));
        if (!dossier.withdrawal)
            return notReached(id, tr("Request %1 has no withdrawal details yet."));
        if (dossier.withdrawal->approved == false)
            return notReached(
                id,
                tr("The withdrawal of request %1 was rejected: there is no pencabutan to sign."));
        return {};
    }
    if (withdrawal)
        return wrongKind(
            id, tr("Request %1 is a withdrawal request: only its pencabutan form can be printed."));
    switch (kind) {
    case DocumentKind::CapacityReport:
        return dossier.capacityCheck
                   ? Status()
                   : notReached(id, tr("Request %1 has not had its capacity check (step 3) yet."));
    case DocumentKind::Application:
        return dossier.application
                   ? Status()
                   : notReached(id, tr("Request %1 has no filled pengajuan form (step 4) yet."));
    case DocumentKind::Approval:
        return dossier.approval
                   ? Status()
                   : notReached(id, tr("Request %1 has not been decided (step 5) yet."));
    case DocumentKind::Notification:
        return dossier.approval && dossier.approval->approved
                   ? Status()
                   : notReached(
                         id, tr("Request %1 has not been approved: there is nothing to notify."));
    case DocumentKind::Handover:
    case DocumentKind::CompletionReport:
        return dossier.handover
                   ? Status()
                   : notReached(id, tr("Request %1 has not been handed over (step 8) yet."));
    default:
        return {};
    }
}

} // namespace kolokasi
