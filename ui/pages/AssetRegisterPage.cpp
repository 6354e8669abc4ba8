#include "AssetRegisterPage.h"

#include "UiContext.h"
#include "common/Clock.h"
#include "interchange/RegisterExport.h"
#include "models/AssetRegisterModel.h"
#include "register/AssetRegister.h"
#include "widgets/AssetDetailDialog.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentActions.h"
#include "widgets/EmptyState.h"
#include "widgets/ImportRegisterDialog.h"
#include "widgets/PageTitle.h"
#include "widgets/RegisterFilterBar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
const QString kColumnsKey = QStringLiteral("assetRegister/columns");
} // namespace

AssetRegisterPage::AssetRegisterPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Asset register"), this)),
      m_importAction(
          new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import…"), this)),
      m_exportAction(
          new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this)),
      m_printAction(
          new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Print"), this)),
      m_filters(new RegisterFilterBar(context.db, this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)),
      m_model(new AssetRegisterModel(context.db, context.clock, this, false)),
      m_documents(new DocumentActions(context, this))
{
    setObjectName(QStringLiteral("assetRegisterPage"));
    m_importAction->setObjectName(QStringLiteral("importRegisterAction"));
    m_exportAction->setObjectName(QStringLiteral("exportRegisterAction"));
    m_printAction->setObjectName(QStringLiteral("printRegisterAction"));
    m_exportAction->setToolTip(tr("Writes the assets shown, as filtered and sorted, to CSV or "
                                  "Excel"));
    m_printAction->setToolTip(tr("Preview and print the register of the chosen NOC, unit, status "
                                 "and search"));
    connect(m_importAction, &QAction::triggered, this, &AssetRegisterPage::startImport);
    connect(m_exportAction, &QAction::triggered, this, &AssetRegisterPage::exportView);
    connect(m_printAction, &QAction::triggered, this, &AssetRegisterPage::printRegister);
    for (QAction *action : {m_importAction, m_exportAction, m_printAction})
        m_title->addAction(action);
    connect(m_filters, &RegisterFilterBar::changed, this, &AssetRegisterPage::applyFilter);

    m_table->setObjectName(QStringLiteral("assetTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &AssetRegisterPage::chooseColumns);
    m_table->setItemDelegateForColumn(
        AssetRegisterModel::StatusColumn,
        new BadgeDelegate(AssetRegisterModel::StatusColourRole, m_table));
    connect(m_table, &QTableView::activated, this, &AssetRegisterPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetRegisterPage::updateCount);
    m_count->setObjectName(QStringLiteral("assetCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_filters);
    // A first day's empty register says how assets come in.
    auto *empty = new EmptyState(m_table, this);
    empty->setObjectName(QStringLiteral("assetRegisterEmpty"));
    empty->setMessage(tr("No asset in the register yet. A server is registered when its request "
                         "is completed; an existing register comes in from a spreadsheet."));
    empty->setAction(m_importAction);
    empty->watch(m_model, [this] { return m_model->rowCount() == 0 && !m_filters->isNarrowed(); });
    layout->addWidget(empty, 1);
    layout->addWidget(m_count);
    restoreColumns();
    reload(); // when first shown
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &AssetRegisterPage::saveColumns);
    connect(header, &QHeaderView::sectionMoved, this, &AssetRegisterPage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AssetRegisterPage::saveColumns);
}

AssetRegisterPage::~AssetRegisterPage() = default;

QString AssetRegisterPage::title() const
{
    return tr("Asset register");
}

QList<QAction *> AssetRegisterPage::mainActions() const
{
    return {m_importAction, m_exportAction, m_printAction};
}

void AssetRegisterPage::reload()
{
    // Built with the window, read when first shown (its count at 100,000 assets is not free).
    if (loadWhenShown())
        return;
    m_filters->reloadChoices();
    applyFilter();
}

void AssetRegisterPage::focusSearch()
{
    m_filters->focusSearch();
}

void AssetRegisterPage::applyFilter()
{
    m_model->setFilter(m_filters->filter(m_context.clock.today()));
}

void AssetRegisterPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return m_count->setText(m_model->lastError());
    m_count->setText(tr("%1 assets").arg(QLocale().toString(m_model->totalCount())));
}

void AssetRegisterPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        openAsset(current.data(AssetRegisterModel::IdRole).toLongLong());
}

void AssetRegisterPage::openAsset(qint64 assetId)
{
    delete findChild<AssetDetailDialog *>(); // one asset at a time
    auto *dialog = new AssetDetailDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Status loaded = dialog->load(assetId); !loaded.ok()) {
        delete dialog;
        m_context.dialogs.warning(this, tr("Asset register"), loaded.error().message);
        return;
    }
    connect(dialog, &AssetDetailDialog::openRequested, this, &AssetRegisterPage::openRequested);
    connect(dialog, &AssetDetailDialog::withdrawalRequested, this,
            &AssetRegisterPage::withdrawalRequested);
    dialog->open(); // window-modal, without blocking: the window goes on painting
}

void AssetRegisterPage::startImport()
{
    auto *dialog = new ImportRegisterDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportRegisterDialog::imported, this, &AssetRegisterPage::reload);
    dialog->open();
}

void AssetRegisterPage::exportView()
{
    const QString path = m_context.dialogs.saveFileName(
        this, tr("Export the register"), tr("aset-register.xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, separated by semicolons (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AssetRegisterPage::exportTo(const QString &path)
{
    RegisterPage everything = m_model->order();
    everything.offset = 0;
    everything.limit = -1;
    auto entries = AssetRegister(m_context.db).page(m_model->filter(), everything);
    Status written = entries.ok() ? RegisterExport::write(*entries, path) : Status(entries.error());
    if (!written.ok()) {
        m_context.dialogs.warning(this, tr("Export the register"), written.error().message);
        return false;
    }
    m_context.dialogs.information(
        this, tr("Export the register"),
        tr("%1 assets written to %2.").arg(QLocale().toString(entries->size()), path));
    return true;
}

void AssetRegisterPage::printRegister()
{
    DocumentOrder order;
    order.kind = DocumentKind::Register;
    order.registerFilter = m_filters->printFilter();
    if (auto paper = DocumentService(m_context.db).defaultPaper(); paper.ok())
        order.paper = *paper;
    m_documents->preview(order);
}

void AssetRegisterPage::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(kColumnsKey).toByteArray();
    if (!state.isEmpty() && header->restoreState(state)) {
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        return;
    }
    m_table->resizeColumnsToContents();
    // What fits an office screen; the rest is one right-click away (chooseColumns).
    for (int column : {AssetRegisterModel::OfficerColumn, AssetRegisterModel::SerialNumberColumn,
                       AssetRegisterModel::SpecColumn, AssetRegisterModel::PowerColumn,
                       AssetRegisterModel::InstalledOnColumn})
        header->hideSection(column);
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), 220));
    header->setSortIndicator(AssetRegisterModel::RegisterNumberColumn, Qt::AscendingOrder);
}

QMenu *AssetRegisterPage::columnMenu()
{
    QHeaderView *header = m_table->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("registerColumnMenu"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QString name = AssetRegisterModel::columnName(column);
        QAction *shown = menu->addAction(name.replace(QLatin1Char('&'), QLatin1String("&&")));
        shown->setCheckable(true);
        shown->setChecked(!header->isSectionHidden(column));
        connect(shown, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveColumns();
        });
    }
    return menu;
}

void AssetRegisterPage::chooseColumns(const QPoint &at)
{
    QMenu *menu = columnMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->horizontalHeader()->mapToGlobal(at));
}

void AssetRegisterPage::saveColumns() const
{
    QSettings().setValue(kColumnsKey, m_table->horizontalHeader()->saveState());
}

} // namespace kolokasi
