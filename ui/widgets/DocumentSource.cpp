#include "DocumentSource.h"

#include "store/Database.h"
#include "workflow/RequestWorkflow.h"

namespace kolokasi {

Result<PrintedDocument> DocumentSource::preview(const DocumentOrder &order)
{
    return DocumentService(m_db).prepare(order, Purpose::Preview);
}

Result<PrintedDocument> DocumentSource::issue(const DocumentOrder &order)
{
    return DocumentService(m_db).prepare(order, Purpose::Issue);
}

Result<PrintedDocument>
DocumentSource::issueAndDeliver(const DocumentOrder &order,
                                const std::function<Status(const PrintedDocument &)> &deliver)
{
    return DocumentService(m_db).issueAndDeliver(order, deliver);
}

Paper DocumentSource::defaultPaper() const
{
    return DocumentService(m_db).defaultPaper().ok() ? *DocumentService(m_db).defaultPaper()
                                                     : Paper::F4;
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
    case DocumentKind::ReviewReport:
        return tr("Review report");
    }
    return {};
}

} // namespace kolokasi
