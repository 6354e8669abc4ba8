#include "DocumentActions.h"

#include "DocumentPreviewDialog.h"
#include "DocumentSource.h"
#include "UiContext.h"
#include "documents/DocumentRenderer.h"
#include "widgets/Dialogs.h"

#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QWidget>

namespace kolokasi {

namespace {
// Every file the window writes goes through here: a temporary file renamed into place,
// readable by the owner only. (Swap for core/common/AtomicFileWriter once it is merged.)
Status writePdfAtomically(const PrintedDocument &doc, QSaveFile &file)
{
    if (Status written = DocumentRenderer::writePdf(doc, file); !written.ok())
        return written;
    if (!file.commit())
        return Error{QStringLiteral("unwritable_output"), file.errorString(),
                     QStringLiteral("output")};
    QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}
} // namespace

DocumentActions::DocumentActions(UiContext &context, QWidget *parent)
    : QObject(parent), m_context(context), m_parent(parent)
{
}

void DocumentActions::preview(const DocumentOrder &order)
{
    DocumentPreviewDialog dialog(m_context, *this, order, m_parent);
    if (Status loaded = dialog.load(); !loaded.ok())
        return refused(loaded.error());
    dialog.exec();
}

bool DocumentActions::print(DocumentOrder order)
{
    if (!askPassword(order))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog chooser(&printer, m_parent);
    chooser.setWindowTitle(tr("Print %1").arg(DocumentSource::titleOf(order.kind)));
    if (chooser.exec() != QDialog::Accepted)
        return false;
    const auto doc = DocumentSource(m_context.db).issue(order);
    if (!doc.ok()) {
        refused(doc.error());
        return false;
    }
    emit issued(order.requestId);
    if (Status printed = DocumentRenderer::print(*doc, printer); !printed.ok()) {
        refused(printed.error());
        return false;
    }
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
    // The file is opened before the number is issued: a folder we cannot write to costs no number.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        refused({QStringLiteral("unwritable_output"),
                 tr("The file %1 cannot be written: %2. Choose another folder.")
                     .arg(path, file.errorString()),
                 QStringLiteral("output")});
        return false;
    }
    const auto doc = DocumentSource(m_context.db).issue(order);
    if (!doc.ok()) {
        refused(doc.error());
        return false;
    }
    emit issued(order.requestId);
    if (Status written = writePdfAtomically(*doc, file); !written.ok()) {
        refused(written.error());
        return false;
    }
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
