#include "RequestListPage.h"

#include "UiContext.h"
#include "common/Clock.h"
#include "domain/SopStep.h"
#include "models/RequestListModel.h"
#include "models/RequestNames.h"
#include "services/MasterData.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
const QString kColumnsKey = QStringLiteral("requestList/columns");
constexpr int kSearchPauseMs = 250; // search as you type, without a query per key
constexpr int kYearsBack = 10;
} // namespace

RequestListPage::RequestListPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Requests"), this)),
      m_newAction(new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("New request"), this)),
      m_search(new QLineEdit(this)),
      m_status(filterBox(QStringLiteral("statusFilter"), tr("All statuses"))),
      m_step(filterBox(QStringLiteral("stepFilter"), tr("All steps"))),
      m_unit(filterBox(QStringLiteral("unitFilter"), tr("All units"))),
      m_year(filterBox(QStringLiteral("yearFilter"), tr("All years"))),
      m_service(filterBox(QStringLiteral("serviceFilter"), tr("All services"))),
      m_table(new QTableView(this)), m_count(new QLabel(this)), m_searchPause(new QTimer(this)),
      m_model(new RequestListModel(context.db, this, false))
{
    setObjectName(QStringLiteral("requestListPage"));
    m_newAction->setObjectName(QStringLiteral("newRequestPageAction"));
    connect(m_newAction, &QAction::triggered, this, &RequestListPage::newRequested);
    m_title->addAction(m_newAction);

    m_search->setObjectName(QStringLiteral("requestSearch"));
    m_search->setPlaceholderText(tr("Search letter number, unit, subject, domain…"));
    m_search->setClearButtonEnabled(true);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &RequestListPage::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &RequestListPage::applyFilters);
    fillFilters();

    m_table->setObjectName(QStringLiteral("requestTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &RequestListPage::chooseColumns);
    m_table->setItemDelegateForColumn(
        RequestListModel::StateColumn,
        new BadgeDelegate(RequestListModel::StateColourRole, m_table));
    connect(m_table, &QTableView::activated, this, &RequestListPage::openCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestListPage::updateCount);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox *box : {m_status, m_step, m_unit, m_year, m_service})
        filters->addWidget(box, 1);
    m_count->setObjectName(QStringLiteral("requestCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    // A first day's empty list says how to begin, not only "0 requests".
    auto *empty = new EmptyState(m_table, this);
    empty->setObjectName(QStringLiteral("requestListEmpty"));
    empty->setMessage(tr("No request yet. Record the first request letter with %1.")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    empty->setAction(m_newAction);
    empty->watch(m_model, [this] { return m_model->rowCount() == 0 && !isNarrowed(); });
    layout->addWidget(empty, 1);
    layout->addWidget(m_count);
    restoreColumns();
    reload(); // when first shown
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            &RequestListPage::saveColumns);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RequestListPage::saveColumns);
}

RequestListPage::~RequestListPage() = default;

QString RequestListPage::title() const
{
    return tr("Requests");
}

QList<QAction *> RequestListPage::mainActions() const
{
    return {m_newAction};
}

void RequestListPage::reload()
{
    // Built with the window, read when first shown (20,000 requests need not be counted while
    // another page is the one on screen).
    if (loadWhenShown())
        return;
    if (!m_read) {
        m_read = true;
        return applyFilters();
    }
    m_model->reload();
}

void RequestListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QComboBox *RequestListPage::filterBox(const QString &objectName, const QString &allText)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(allText);
    connect(box, &QComboBox::currentIndexChanged, this, &RequestListPage::applyFilters);
    return box;
}

void RequestListPage::fillFilters()
{
    const QSignalBlocker status(m_status), step(m_step), unit(m_unit), year(m_year),
        service(m_service);
    for (RequestStatus each :
         {RequestStatus::Open, RequestStatus::Completed, RequestStatus::ClosedNoCapacity,
          RequestStatus::ClosedRejected, RequestStatus::ClosedCancelled})
        m_status->addItem(RequestNames::status(each), int(each));
    for (SopStep each : SopSteps::all())
        m_step->addItem(tr("%1. %2").arg(SopSteps::number(each)).arg(SopSteps::name(each)),
                        SopSteps::number(each));
    const auto units = MasterData(m_context.db).all();
    for (const Unit &each : units.ok() ? *units : QList<Unit>{})
        m_unit->addItem(each.shortName.isEmpty() ? each.name : each.shortName, each.id);
    m_unit->setEditable(true); // a searchable picker: type part of the name
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    const int thisYear = m_context.clock.today().year();
    for (int each = thisYear; each > thisYear - kYearsBack; --each)
        m_year->addItem(QString::number(each), each);
    for (ServiceType each : {ServiceType::Colocation, ServiceType::Hosting})
        m_service->addItem(RequestNames::serviceType(each), int(each));
}

void RequestListPage::applyFilters()
{
    RequestListQuery query = m_model->query();
    query.search = m_search->text().trimmed();
    query.status = m_status->currentIndex() > 0
                       ? std::optional(RequestStatus(m_status->currentData().toInt()))
                       : std::nullopt;
    query.step = SopSteps::fromNumber(m_step->currentData().toInt());
    query.unitId = m_unit->currentData().toLongLong();
    query.year = m_year->currentData().toInt();
    query.serviceType = m_service->currentIndex() > 0
                            ? std::optional(ServiceType(m_service->currentData().toInt()))
                            : std::nullopt;
    m_model->setQuery(query);
}

bool RequestListPage::isNarrowed() const
{
    return EmptyState::narrowedBy(m_search, {m_status, m_step, m_unit, m_year, m_service});
}

void RequestListPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit openRequested(current.data(RequestListModel::IdRole).toLongLong());
}

void RequestListPage::updateCount()
{
    m_count->setText(tr("Requests found: %1").arg(QLocale().toString(m_model->totalCount())));
}

void RequestListPage::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QByteArray state = QSettings().value(kColumnsKey).toByteArray();
    if (!state.isEmpty() && header->restoreState(state))
        return;
    // What fits an office screen; the rest is one right-click away (chooseColumns).
    m_table->resizeColumnsToContents();
    // The badge says the status of a closed request and the service standard of an open one.
    for (int column : {RequestListModel::ReceivedColumn, RequestListModel::DomainColumn,
                       RequestListModel::ServiceColumn, RequestListModel::StatusColumn})
        header->hideSection(column);
    header->resizeSection(RequestListModel::UnitColumn,
                          std::min(header->sectionSize(RequestListModel::UnitColumn), 190));
    header->resizeSection(RequestListModel::SubjectColumn,
                          std::min(header->sectionSize(RequestListModel::SubjectColumn), 260));
}

void RequestListPage::chooseColumns(const QPoint &at)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *shown = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        shown->setCheckable(true);
        shown->setChecked(!header->isSectionHidden(column));
        connect(shown, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(at));
    saveColumns();
}

void RequestListPage::saveColumns() const
{
    QSettings().setValue(kColumnsKey, m_table->horizontalHeader()->saveState());
}

} // namespace kolokasi
