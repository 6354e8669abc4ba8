#include "DocumentsPanel.h"

#include "DocumentActions.h"
#include "DocumentSource.h"
#include "UiContext.h"
#include "documents/DocumentService.h"
#include "store/DocumentNumbering.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

DocumentsPanel::DocumentsPanel(UiContext &context, DocumentActions &actions, QWidget *parent)
    : QWidget(parent), m_context(context), m_actions(actions), m_paper(new QComboBox(this)),
      m_rows(new QGridLayout), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_paper->setObjectName(QStringLiteral("documentsPaper"));
    m_paper->addItem(QStringLiteral("A4"), int(Paper::A4));
    m_paper->addItem(QStringLiteral("F4"), int(Paper::F4));
    m_paper->setCurrentIndex(DocumentSource(context.db).defaultPaper() == Paper::F4 ? 1 : 0);
    m_empty->setText(tr("The request has reached no document yet: the first is the capacity check "
                        "report (step 3)."));
    m_empty->setWordWrap(true);

    auto *paperLine = new QHBoxLayout;
    paperLine->addWidget(new QLabel(tr("Paper:"), this));
    paperLine->addWidget(m_paper);
    paperLine->addStretch(1);
    m_rows->setColumnStretch(1, 1);
    m_rows->setHorizontalSpacing(12);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(paperLine);
    layout->addWidget(m_empty);
    layout->addLayout(m_rows);
    layout->addStretch(1);
}

void DocumentsPanel::load(qint64 requestId)
{
    m_requestId = requestId;
    clearRows();
    m_kinds.clear();
    if (requestId > 0) {
        const auto reached = DocumentSource(m_context.db).reachedBy(requestId);
        if (reached.ok())
            m_kinds = *reached;
    }
    for (int i = 0; i < m_kinds.size(); ++i)
        addRow(i, m_kinds[i]);
    m_empty->setVisible(m_kinds.isEmpty());
}

std::optional<DocumentKind> DocumentsPanel::latest() const
{
    if (m_kinds.isEmpty())
        return std::nullopt;
    return m_kinds.last();
}

void DocumentsPanel::addRow(int row, DocumentKind kind)
{
    const QString name = nameOf(kind);
    auto *title = new QLabel(DocumentSource::titleOf(kind), this);
    title->setObjectName(QStringLiteral("document_%1").arg(name));
    const auto issued = DocumentNumbering(m_context.db).issuedForRequest(name, m_requestId);
    auto *number =
        new QLabel(issued.ok() ? tr("No. %1").arg(issued->number) : tr("not numbered yet"), this);
    number->setEnabled(issued.ok());
    auto *preview = new QPushButton(tr("Preview"), this);
    preview->setObjectName(QStringLiteral("preview_%1").arg(name));
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("print_%1").arg(name));
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("pdf_%1").arg(name));
    connect(preview, &QPushButton::clicked, this, [this, kind] { this->preview(kind); });
    connect(print, &QPushButton::clicked, this, [this, kind] { m_actions.print(orderFor(kind)); });
    connect(pdf, &QPushButton::clicked, this,
            [this, kind] { m_actions.saveAsPdf(orderFor(kind)); });
    m_rows->addWidget(title, row, 0);
    m_rows->addWidget(number, row, 1);
    m_rows->addWidget(preview, row, 2);
    m_rows->addWidget(print, row, 3);
    m_rows->addWidget(pdf, row, 4);
}

void DocumentsPanel::preview(DocumentKind kind)
{
    m_actions.preview(orderFor(kind));
}

DocumentOrder DocumentsPanel::orderFor(DocumentKind kind) const
{
    DocumentOrder order;
    order.kind = kind;
    order.requestId = m_requestId;
    order.paper = Paper(m_paper->currentData().toInt());
    return order;
}

void DocumentsPanel::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace kolokasi
