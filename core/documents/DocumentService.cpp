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
    const Status numbered =
        purpose == Purpose::Issue ? issueNumber(doc, order) : findIssuedNumber(doc, order);
    if (!numbered.ok())
        return numbered.error();
    return doc;
}

Status DocumentService::issue(PrintedDocument &doc, const DocumentOrder &order)
{
    return doc.number.isEmpty() ? issueNumber(doc, order) : Status();
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
    doc.date = documentDate(order.kind, *dossier, m_db.clock().today());
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
    const Review &review = progress->review;
    doc.date = review.isFinished() ? DocumentParts::dayOf(review.finishedAt) : m_db.clock().today();
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

// A number belongs to the year it is issued in (a 2025 request's form printed in 2026 gets a
// 2026 number), whatever date the document carries.
Status DocumentService::issueNumber(PrintedDocument &doc, const DocumentOrder &order)
{
    if (order.kind == DocumentKind::Register && doc.registerLines.count == 0)
        return {}; // an empty list records nothing worth a number
    DocumentNumbering numbering(m_db);
    const QDate today = m_db.clock().today();
    auto issued = belongsToRequest(order.kind)
                      ? numbering.issueForRequest(nameOf(order.kind), order.requestId, today)
                      : numbering.issue(nameOf(order.kind), today);
    if (!issued.ok())
        return issued.error();
    doc.number = issued->number;
    return {};
}

Status DocumentService::findIssuedNumber(PrintedDocument &doc, const DocumentOrder &order) const
{
    if (!belongsToRequest(order.kind))
        return {};
    auto issued = DocumentNumbering(m_db).issuedForRequest(nameOf(order.kind), order.requestId);
    if (issued.ok())
        doc.number = issued->number;
    else if (issued.error().code != QLatin1String("not_found"))
        return issued.error();
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

QDate DocumentService::documentDate(DocumentKind kind, const PrintDossier &dossier,
                                    const QDate &today)
{
    QDateTime at;
    if (kind == DocumentKind::Application && dossier.application)
        at = dossier.application->filledAt;
    else if (kind == DocumentKind::Approval && dossier.approval)
        at = dossier.approval->decidedAt;
    else if (kind == DocumentKind::Handover && dossier.handover)
        at = dossier.handover->handedOverAt;
    else if (kind == DocumentKind::Withdrawal && dossier.withdrawal)
        at = dossier.withdrawal->decidedAt.isValid() ? dossier.withdrawal->decidedAt
                                                     : dossier.request.receivedAt;
    else if (kind == DocumentKind::CapacityReport && dossier.capacityCheck)
        at = dossier.capacityCheck->checkedAt;
    else if (kind == DocumentKind::Notification)
        at = dossier.report(6) ? dossier.report(6)->reportedAt : dossier.approval->decidedAt;
    else if (kind == DocumentKind::CompletionReport && dossier.report(9))
        at = dossier.report(9)->reportedAt;
    const QDate day = DocumentParts::dayOf(at);
    return day.isValid() ? day : today;
}

} // namespace kolokasi
