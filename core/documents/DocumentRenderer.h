#pragma once

#include "PrintedDocument.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QPageLayout>

class QIODevice;
class QPaintDevice;
class QPagedPaintDevice;
class QPrinter;

namespace kolokasi {

class DocumentWriter;
class PageCanvas;

/// Draws a PrintedDocument. One code path for every paged device: a PDF file, a printer, or
/// the printer a QPrintPreviewDialog hands to its paintRequested slot.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /// Sets the device's page layout (paper, orientation) and lays the document out on it.
    static Status render(const PrintedDocument &doc, QPagedPaintDevice &device);
    /// For a real printer or a print preview: full-page coordinates, then render().
    static Status print(const PrintedDocument &doc, QPrinter &printer);
    /// Writes a PDF; unwritable_output if the file cannot be written.
    static Status writePdf(const PrintedDocument &doc, const QString &path);
    /// Writes a PDF to an open device (a file opened before the number was issued).
    static Status writePdf(const PrintedDocument &doc, QIODevice &output);

    /// How many pages the document takes on its paper (a layout pass that draws nothing).
    static int pageCount(const PrintedDocument &doc);

    /// The paper, orientation (the register is landscape) and zero device margins: the
    /// renderer keeps its own margins so every device prints the same.
    static QPageLayout pageLayoutFor(const PrintedDocument &doc);
    /// The margins kept free of ink, in millimetres.
    static QMarginsF marginsFor(const PrintedDocument &doc);

private:
    static int countPages(const PrintedDocument &doc, const QPaintDevice &like);
    static void draw(PageCanvas &canvas, const PrintedDocument &doc);
    static void writeBody(DocumentWriter &writer, const PrintedDocument &doc);
};

} // namespace kolokasi
