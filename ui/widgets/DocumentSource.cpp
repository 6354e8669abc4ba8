#include "DocumentSource.h"

#include "store/Database.h"
#include "store/DocumentNumbering.h"
#include "workflow/RequestWorkflow.h"

namespace kolokasi {

namespace {
const QString kPreviewOnly = QStringLiteral("preview_only");
} // namespace

// DocumentService::prepare numbers on its first call. Until the core offers a preview that
// does not, the document is gathered inside a transaction that is always rolled back, so the
// number and its history entry are never kept. Swap this body for the core's preview call.
Result<PrintedDocument> DocumentSource::preview(const DocumentOrder &order)
{
    std::optional<PrintedDocument> gathered;
    const Status done = m_db.transaction([&]() -> Status {
        auto doc = DocumentService(m_db).prepare(order);
        if (!doc.ok())
            return doc.error();
        gathered = *doc;
        return Error{kPreviewOnly, {}, {}};
    });
    if (!gathered)
        return done.error();
    gathered->number.clear();
    if (belongsToRequest(order.kind)) {
        const auto issued =
            DocumentNumbering(m_db).issuedForRequest(nameOf(order.kind), order.requestId);
        if (issued.ok())
            gathered->number = issued->number;
    }
    return *gathered;
}

Result<PrintedDocument> DocumentSource::issue(const DocumentOrder &order)
{
    return DocumentService(m_db).prepare(order);
}

Result<QList<DocumentKind>> DocumentSource::reachedBy(qint64 requestId) const
{
    const auto next = RequestWorkflow(m_db).nextActions(requestId);
    if (!next.ok())
        return next.error();
    QList<DocumentKind> reached;
    for (RequestDocument document : next->documents) {
        if (const auto kind = documentKindFromName(NextActions::documentName(document)))
            reached.append(*kind);
    }
    return reached;
}

QString DocumentSource::titleOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Application:
        return tr("Pengajuan form");
    case DocumentKind::Approval:
        return tr("Persetujuan form");
    case DocumentKind::Handover:
        return tr("Serah terima form");
    case DocumentKind::Withdrawal:
        return tr("Pencabutan form");
    case DocumentKind::CapacityReport:
        return tr("Capacity check report");
    case DocumentKind::Notification:
        return tr("Notification letter");
    case DocumentKind::CompletionReport:
        return tr("Completion report");
    case DocumentKind::Register:
        return tr("Asset register");
    case DocumentKind::RackView:
        return tr("Rack view");
    }
    return {};
}

} // namespace kolokasi
