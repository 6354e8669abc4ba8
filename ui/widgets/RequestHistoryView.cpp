#include "RequestHistoryView.h"

#include "UiContext.h"
#include "models/RequestHistoryModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

RequestHistoryView::RequestHistoryView(UiContext &context, QWidget *parent)
    : QWidget(parent), m_model(new RequestHistoryModel(context.db, this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("requestHistory"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

void RequestHistoryView::setRequest(qint64 requestId)
{
    m_model->setRequest(requestId);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

} // namespace kolokasi
