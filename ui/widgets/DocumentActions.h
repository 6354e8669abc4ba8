#pragma once

#include "documents/DocumentService.h"

#include <QObject>

class QWidget;

namespace kolokasi {

struct UiContext;

/// Preview, print and save as PDF of a document from the window, through the same core
/// service and renderer as the command line. Previewing issues nothing; printing and saving
/// issue the document's number (the first time). The host admin password of the persetujuan
/// is asked while printing and is never stored.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    DocumentActions(UiContext &context, QWidget *parent);

    /// Opens the print preview (paper A4/F4, print, save as PDF from there too).
    void preview(const DocumentOrder &order);
    /// Asks for the printer, then prints. False if cancelled or refused (the user was told).
    bool print(DocumentOrder order);
    /// Asks for a file, then writes the PDF. False if cancelled or refused (the user was told).
    bool saveAsPdf(DocumentOrder order);

signals:
    /// A document of the request got its number: the request's history changed.
    void issued(qint64 requestId);

private:
    bool askPassword(DocumentOrder &order);
    void refused(const Error &error);

    UiContext &m_context;
    QWidget *m_parent;
};

} // namespace kolokasi
