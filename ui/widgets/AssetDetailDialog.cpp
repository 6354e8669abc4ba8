#include "AssetDetailDialog.h"

#include "UiContext.h"
#include "common/Clock.h"
#include "models/AssetHistoryModel.h"
#include "models/AssetRegisterModel.h"
#include "workflow/RequestWorkflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

AssetDetailDialog::AssetDetailDialog(UiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_heading(new QLabel(this)), m_fields(new QFormLayout),
      m_moreFields(new QFormLayout), m_model(new AssetHistoryModel(this)),
      m_table(new QTableView(this)), m_openRequest(new QPushButton(tr("Open request"), this)),
      m_startWithdrawal(new QPushButton(tr("Start withdrawal"), this))
{
    setObjectName(QStringLiteral("assetDetailDialog"));
    resize(980, 620);
    m_heading->setObjectName(QStringLiteral("assetHeading"));
    QFont bold = m_heading->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QFormLayout *form : {m_fields, m_moreFields}) {
        form->setLabelAlignment(Qt::AlignRight);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    auto *fields = new QHBoxLayout;
    fields->addLayout(m_fields, 1);
    fields->addSpacing(24);
    fields->addLayout(m_moreFields, 1);

    m_table->setObjectName(QStringLiteral("assetHistoryTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_openRequest->setObjectName(QStringLiteral("openRequestButton"));
    m_startWithdrawal->setObjectName(QStringLiteral("startWithdrawalButton"));
    connect(m_openRequest, &QPushButton::clicked, this, [this] {
        emit openRequested(m_history.entry.asset.requestId);
        accept();
    });
    connect(m_startWithdrawal, &QPushButton::clicked, this, [this] {
        emit withdrawalRequested(m_history.entry.asset.requestId);
        accept();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->addButton(m_openRequest, QDialogButtonBox::ActionRole);
    buttons->addButton(m_startWithdrawal, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *history = new QLabel(tr("History"), this);
    QFont section = history->font();
    section.setBold(true);
    history->setFont(section);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(fields);
    layout->addSpacing(6);
    layout->addWidget(history);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

Status AssetDetailDialog::load(qint64 assetId)
{
    auto read = AssetHistoryReader(m_context.db).read(assetId);
    if (!read.ok())
        return read.error();
    m_history = *read;
    const RegisterEntry &entry = m_history.entry;
    setWindowTitle(tr("Asset %1").arg(entry.asset.registerNumber));
    m_heading->setText(QStringLiteral("%1 — %2").arg(entry.asset.registerNumber, entry.serverName));
    fillFields();
    m_model->setHistory(m_history);
    m_table->resizeColumnsToContents();
    const auto next = m_context.workflow.nextActions(entry.asset.requestId);
    const bool canWithdraw = entry.asset.status == AssetStatus::Active && next.ok() &&
                             next->can(WorkflowAction::StartWithdrawal);
    m_startWithdrawal->setEnabled(canWithdraw);
    m_startWithdrawal->setToolTip(
        canWithdraw ? tr("Opens the request on the registration of a pencabutan")
                    : tr("A pencabutan cannot start: the asset is withdrawn or one is under way"));
    return {};
}

// The same words as the register's table (AssetRegisterModel), never a second formatting;
// two columns of fields, so the history keeps most of the height.
void AssetDetailDialog::fillFields()
{
    const RegisterEntry &entry = m_history.entry;
    const QDate today = m_context.clock.today();
    using M = AssetRegisterModel;
    const QList<int> left{M::UnitColumn,      M::OfficerColumn,      M::DomainColumn,
                          M::IpAddressColumn, M::SerialNumberColumn, M::TypeBrandColumn,
                          M::SpecColumn};
    const QList<int> right{M::LocationColumn,   M::PowerColumn,  M::InstalledOnColumn,
                           M::ValidUntilColumn, M::StatusColumn, M::LastReviewColumn};
    for (int column : left)
        addField(m_fields, M::columnName(column), M::displayText(entry, column, today));
    for (int column : right)
        addField(m_moreFields, M::columnName(column), M::displayText(entry, column, today));
}

void AssetDetailDialog::addField(QFormLayout *form, const QString &label, const QString &value)
{
    auto *text = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString caption = tr("%1:").arg(label);
    form->addRow(caption.replace(QLatin1Char('&'), QLatin1String("&&")), text); // no mnemonic
}

} // namespace kolokasi
