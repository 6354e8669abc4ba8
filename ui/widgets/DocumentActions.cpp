#include "DocumentActions.h"

#include "DocumentPreviewDialog.h"
#include "DocumentSource.h"
#include "UiContext.h"
#include "common/AtomicFileWriter.h"
#include "documents/DocumentRenderer.h"
#include "widgets/Dialogs.h"

#include <QPrinter>
#include <QWidget>

namespace kolokasi {

DocumentActions::DocumentActions(UiContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_parent(parent)
{
}

void DocumentActions::preview(const DocumentOrder &order)
{
    DocumentPreviewDialog dialog(m_context, *this, order, m_parent);
    if (Status loaded = dialog.load(); !loaded.ok())
        return refused(loaded.error());
    m_context.dialogs.preview(dialog);
}

bool DocumentActions::print(DocumentOrder order)
{
    if (!askPassword(order))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    if (!m_context.dialogs.choosePrinter(
            m_parent, tr("Print %1").arg(DocumentSource::titleOf(order.kind)), printer))
        return false;
    // The number is kept only if the job is spooled.
    const auto doc = DocumentSource(m_context.db)
                         .issueAndDeliver(order, [&printer](const PrintedDocument &numbered) {
                             return DocumentRenderer::print(numbered, printer);
                         });
    if (!doc.ok()) {
        refused(doc.error());
        return false;
    }
    emit issued(order.requestId);
    return true;
}

bool DocumentActions::saveAsPdf(DocumentOrder order)
{
    const QString suggested =
        QStringLiteral("%1-%2.pdf").arg(nameOf(order.kind)).arg(order.requestId);
    const QString path = m_context.dialogs.saveFileName(m_parent, tr("Save as PDF"), suggested,
                                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty() || !askPassword(order))
        return false;
    // Checked before the number is issued: a folder we cannot write to costs no number.
    if (Status writable = AtomicFileWriter::checkWritable(path); !writable.ok()) {
        refused(writable.error());
        return false;
    }
    // Through the one atomic writer: whole or not at all, owner-only; the number is kept only
    // if the file is written.
    const auto doc = DocumentSource(m_context.db)
                         .issueAndDeliver(order, [&path](const PrintedDocument &numbered) {
                             return DocumentRenderer::writePdf(numbered, path);
                         });
    if (!doc.ok()) {
        refused(doc.error());
        return false;
    }
    emit issued(order.requestId);
    return true;
}

bool DocumentActions::askPassword(DocumentOrder &order)
{
    if (order.kind != DocumentKind::Approval)
        return true;
    const auto password = m_context.dialogs.text(m_parent, tr("Host admin password"),
                                                 tr("Password of the host admin account, printed "
                                                    "on the persetujuan form (it is not stored):"),
                                                 true);
    if (!password)
        return false;
    order.hostAdminPassword = *password;
    return true;
}

void DocumentActions::refused(const Error &error)
{
    m_context.dialogs.warning(m_parent, tr("Document"), error.message);
}

} // namespace kolokasi
