#include "DocumentRenderer.h"

#include "ApplicationForm.h"
#include "ApprovalForm.h"
#include "CapacityReport.h"
#include "CompletionReport.h"
#include "DocumentWriter.h"
#include "HandoverForm.h"
#include "Letterhead.h"
#include "NotificationLetter.h"
#include "PageCanvas.h"
#include "PageCounter.h"
#include "RackSheet.h"
#include "RegisterList.h"
#include "ReviewReport.h"
#include "WithdrawalForm.h"
#include "common/AtomicFileWriter.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>

namespace kolokasi {

namespace {
constexpr int kPdfResolution = 600;

// The wide tables: the register and the review report.
bool isLandscape(const PrintedDocument &doc)
{
    return doc.kind == DocumentKind::Register || doc.kind == DocumentKind::ReviewReport;
}
} // namespace

QPageLayout DocumentRenderer::pageLayoutFor(const PrintedDocument &doc)
{
    const auto orientation = isLandscape(doc) ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(pageSizeOf(doc.paper), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

QMarginsF DocumentRenderer::marginsFor(const PrintedDocument &doc)
{
    // Portrait: the usual margins of a surat dinas, wider on the left for binding.
    if (isLandscape(doc))
        return QMarginsF(15, 15, 15, 15);
    return QMarginsF(25, 15, 20, 20);
}

Status DocumentRenderer::render(const PrintedDocument &doc, QPagedPaintDevice &device)
{
    // A printer that refuses zero device margins still takes the paper and orientation: our
    // own margins are wider than any printer's unprintable border.
    const QPageLayout layout = pageLayoutFor(doc);
    const bool laidOut =
        device.setPageLayout(layout) ||
        (device.setPageSize(layout.pageSize()) && device.setPageOrientation(layout.orientation()));
    if (!laidOut)
        return Error{QStringLiteral("cannot_print"),
                     tr("The printer does not accept this paper size."), QStringLiteral("paper")};
    // "Halaman n dari N" needs N before page 1 is drawn: a first pass lays the document out
    // on a device that draws nothing, then the real pass draws it the same way.
    const int pages = countPages(doc, device);
    if (!doc.registerLines.failure->ok())
        return *doc.registerLines.failure;
    PageCanvas canvas(
        device, [&device] { device.newPage(); }, marginsFor(doc), pages);
    if (!canvas.isActive())
        return Error{QStringLiteral("cannot_print"),
                     tr("The document could not be started on this printer."),
                     {}};
    draw(canvas, doc);
    return *doc.registerLines.failure;
}

int DocumentRenderer::countPages(const PrintedDocument &doc, const QPaintDevice &like)
{
    PageCounter counter(like);
    PageCanvas canvas(counter, {}, marginsFor(doc), 0);
    draw(canvas, doc);
    return canvas.pageNumber();
}

int DocumentRenderer::pageCount(const PrintedDocument &doc)
{
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&nowhere);
    pdf.setResolution(kPdfResolution);
    pdf.setPageLayout(pageLayoutFor(doc));
    return countPages(doc, pdf);
}

void DocumentRenderer::draw(PageCanvas &canvas, const PrintedDocument &doc)
{
    // A preview of a document that may not be signed yet says so on every page.
    if (!doc.incomplete.isEmpty())
        canvas.setFooterMark(
            QStringLiteral("BELUM LENGKAP, tidak untuk ditandatangani: isi Pengaturan → %1")
                .arg(doc.incomplete.join(QStringLiteral(" / "))));
    if (!doc.agency.governmentName.isEmpty() || !doc.agency.officeName.isEmpty())
        Letterhead::draw(canvas, doc.agency);
    DocumentWriter writer(canvas);
    writeBody(writer, doc);
}

void DocumentRenderer::writeBody(DocumentWriter &writer, const PrintedDocument &doc)
{
    switch (doc.kind) {
    case DocumentKind::Application:
        return ApplicationForm::write(writer, doc);
    case DocumentKind::Approval:
        return ApprovalForm::write(writer, doc);
    case DocumentKind::Handover:
        return HandoverForm::write(writer, doc);
    case DocumentKind::Withdrawal:
        return WithdrawalForm::write(writer, doc);
    case DocumentKind::CapacityReport:
        return CapacityReport::write(writer, doc);
    case DocumentKind::Notification:
        return NotificationLetter::write(writer, doc);
    case DocumentKind::CompletionReport:
        return CompletionReport::write(writer, doc);
    case DocumentKind::Register:
        return RegisterList::write(writer, doc);
    case DocumentKind::RackView:
        return RackSheet::write(writer, doc);
    case DocumentKind::ReviewReport:
        return ReviewReport::write(writer, doc);
    }
}

Status DocumentRenderer::print(const PrintedDocument &doc, QPrinter &printer)
{
    printer.setFullPage(true);
    return render(doc, printer);
}

Status DocumentRenderer::writePdf(const PrintedDocument &doc, const QString &path)
{
    return AtomicFileWriter::write(path, [&](QIODevice &file) { return writePdf(doc, file); });
}

Status DocumentRenderer::writePdf(const PrintedDocument &doc, QIODevice &output)
{
    QPdfWriter pdf(&output);
    pdf.setResolution(kPdfResolution);
    pdf.setCreator(QStringLiteral("Kolokasi"));
    pdf.setTitle(nameOf(doc.kind));
    return render(doc, pdf);
}

} // namespace kolokasi
