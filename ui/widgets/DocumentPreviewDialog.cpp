#include "DocumentPreviewDialog.h"

#include "DocumentActions.h"
#include "DocumentSource.h"
#include "UiContext.h"
#include "documents/DocumentRenderer.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

DocumentPreviewDialog::DocumentPreviewDialog(UiContext &context, DocumentActions &actions,
                                             const DocumentOrder &order, QWidget *parent)
    : QDialog(parent), m_context(context), m_actions(actions), m_order(order),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)),
      m_preview(new QPrintPreviewWidget(m_printer.get(), this)), m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("documentPreview"));
    setWindowTitle(tr("Preview: %1").arg(DocumentSource::titleOf(order.kind)));
    m_preview->setObjectName(QStringLiteral("previewPages"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_document)
            (void)DocumentRenderer::print(*m_document, *printer);
    });

    m_paper->setObjectName(QStringLiteral("previewPaper"));
    m_paper->addItem(QStringLiteral("A4"), int(Paper::A4));
    m_paper->addItem(QStringLiteral("F4"), int(Paper::F4));
    m_paper->setCurrentIndex(m_order.paper == Paper::F4 ? 1 : 0);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::paperChosen);

    auto *zoomIn = new QPushButton(tr("Zoom in"), this);
    auto *zoomOut = new QPushButton(tr("Zoom out"), this);
    auto *fitWidth = new QPushButton(tr("Fit width"), this);
    connect(zoomIn, &QPushButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(fitWidth, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);

    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("previewPrint"));
    auto *savePdf = new QPushButton(tr("Save as PDF…"), this);
    savePdf->setObjectName(QStringLiteral("previewSavePdf"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("previewClose"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_actions.print(m_order))
            accept();
    });
    connect(savePdf, &QPushButton::clicked, this, [this] {
        if (m_actions.saveAsPdf(m_order))
            accept();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Paper:"), this));
    bar->addWidget(m_paper);
    bar->addSpacing(12);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fitWidth);
    bar->addStretch(1);
    bar->addWidget(print);
    bar->addWidget(savePdf);
    bar->addWidget(close);

    auto *note = new QLabel(
        tr("The document number is issued when the document is printed or saved."), this);
    note->setObjectName(QStringLiteral("previewNote"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);
    layout->addWidget(note);
    resize(900, 700);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

Status DocumentPreviewDialog::load()
{
    auto doc = DocumentSource(m_context.db).preview(m_order);
    if (!doc.ok())
        return doc.error();
    m_document = *doc;
    m_printer->setPageLayout(DocumentRenderer::pageLayoutFor(*m_document));
    m_preview->updatePreview();
    m_preview->fitInView(); // the whole page, as it will lie on the desk
    return {};
}

int DocumentPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void DocumentPreviewDialog::paperChosen()
{
    m_order.paper = Paper(m_paper->currentData().toInt());
    if (Status loaded = load(); !loaded.ok())
        m_context.dialogs.warning(this, windowTitle(), loaded.error().message);
}

} // namespace kolokasi
