#pragma once

#include "common/Result.h"
#include "documents/DocumentService.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPrintPreviewWidget;
class QPrinter;

namespace kolokasi {

class DocumentActions;
struct UiContext;

/// The print preview of one document: the pages as they will print on A4 or F4, with Print
/// and Save as PDF. The preview shows the document without issuing its number.
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPreviewDialog(UiContext &context, DocumentActions &actions, const DocumentOrder &order,
                          QWidget *parent = nullptr);
    ~DocumentPreviewDialog() override;

    /// Gathers the document for the chosen paper; the error says why it cannot be shown.
    Status load();
    /// The document shown (nullptr before a successful load) and its pages as rendered.
    const PrintedDocument *document() const { return m_document ? &*m_document : nullptr; }
    int pageCount() const;

private:
    void paperChosen();

    UiContext &m_context;
    DocumentActions &m_actions;
    DocumentOrder m_order;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<PrintedDocument> m_document;
    QPrintPreviewWidget *m_preview;
    QComboBox *m_paper;
};

} // namespace kolokasi
