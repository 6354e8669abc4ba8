#include "DashboardPage.h"

#include "UiContext.h"
#include "models/CapacitySummaryModel.h"
#include "models/ExpiringPlacementsModel.h"
#include "models/OpenRequestsModel.h"
#include "register/AssetRegister.h"
#include "store/Database.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/PageTitle.h"
#include "widgets/TotalRowDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}
} // namespace

DashboardPage::DashboardPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Dashboard"), this)),
      m_openModel(nullptr), m_validityModel(nullptr), m_capacityModel(nullptr),
      m_openRequests(section(QStringLiteral("openRequests"))),
      m_validity(section(QStringLiteral("expiringPlacements"))),
      m_capacity(section(QStringLiteral("nocCapacity"))), m_reviewOverdue(new QLabel(this)),
      m_moreOpen(moreLine(QStringLiteral("moreOpenRequests"))),
      m_moreValidity(moreLine(QStringLiteral("moreExpiringPlacements")))
{
    connect(m_moreOpen, &QLabel::linkActivated, this, &DashboardPage::requestListRequested);
    connect(m_moreValidity, &QLabel::linkActivated, this, &DashboardPage::registerRequested);
    m_reviewOverdue->setObjectName(QStringLiteral("reviewOverdue"));
    m_reviewOverdue->setTextFormat(Qt::RichText);
    m_reviewOverdue->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                             Qt::LinksAccessibleByKeyboard);
    connect(m_reviewOverdue, &QLabel::linkActivated, this, &DashboardPage::reviewRequested);
    setObjectName(QStringLiteral("dashboardPage"));
    m_openRequests->setItemDelegateForColumn(
        OpenRequestsModel::StateColumn,
        new BadgeDelegate(OpenRequestsModel::StateColourRole, m_openRequests));
    // The last row is the total of every NOC: a rule above it (and bold, from the model).
    m_capacity->setItemDelegate(new TotalRowDelegate(CapacitySummaryModel::TotalRole, m_capacity));
    connect(m_openRequests, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(OpenRequestsModel::IdRole).toLongLong());
    });
    connect(m_validity, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(ExpiringPlacementsModel::RequestIdRole).toLongLong());
    });

    // A first day's Dasbor says what is missing and how to begin, the action as a button.
    auto *newRequest = new QAction(tr("New request"), this);
    newRequest->setObjectName(QStringLiteral("dashboardNewRequestAction"));
    connect(newRequest, &QAction::triggered, this, &DashboardPage::newRequestRequested);
    auto *dataCentre = new QAction(tr("Open Data centre"), this);
    dataCentre->setObjectName(QStringLiteral("dashboardDataCentreAction"));
    connect(dataCentre, &QAction::triggered, this, &DashboardPage::dataCentreRequested);
    m_openEmpty = new EmptyState(m_openRequests, this);
    m_openEmpty->setObjectName(QStringLiteral("openRequestsEmpty"));
    m_openEmpty->setMessage(
        tr("No request in progress. Record a new request letter with %1.")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_openEmpty->setAction(newRequest);
    // Nothing expiring is good news, said in words rather than an empty grid.
    m_validityEmpty = new EmptyState(m_validity, this);
    m_validityEmpty->setObjectName(QStringLiteral("expiringPlacementsEmpty"));
    m_validityEmpty->setMessage(tr("No co-location has expired or ends within 30 days."));
    m_capacityEmpty = new EmptyState(m_capacity, this);
    m_capacityEmpty->setObjectName(QStringLiteral("nocCapacityEmpty"));
    m_capacityEmpty->setMessage(tr("No NOC yet. Add the NOCs, their racks and the IP pool "
                                   "under Data centre."));
    m_capacityEmpty->setAction(dataCentre);

    auto *lower = new QHBoxLayout;
    auto *validity = new QVBoxLayout;
    validity->addWidget(heading(tr("Validity expired or ending within 30 days"), this));
    validity->addWidget(m_validityEmpty, 1);
    validity->addWidget(m_moreValidity);
    auto *capacity = new QVBoxLayout;
    capacity->addWidget(heading(tr("Free capacity per NOC"), this));
    capacity->addWidget(m_capacityEmpty, 1);
    lower->addLayout(validity, 1);
    lower->addSpacing(12);
    lower->addLayout(capacity, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_reviewOverdue);
    layout->addWidget(heading(tr("Open requests (overdue first)"), this));
    layout->addWidget(m_openEmpty, 3);
    layout->addWidget(m_moreOpen);
    layout->addSpacing(8);
    layout->addLayout(lower, 2);
    reload();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::createModels()
{
    if (m_openModel)
        return;
    m_openModel = new OpenRequestsModel(m_context.db, this);
    m_validityModel = new ExpiringPlacementsModel(m_context.db, this);
    m_capacityModel = new CapacitySummaryModel(m_context.db, this);
    bind(m_openRequests, m_openModel, OpenRequestsModel::RequestColumn);
    bind(m_validity, m_validityModel, ExpiringPlacementsModel::UnitColumn);
    bind(m_capacity, m_capacityModel, CapacitySummaryModel::NocColumn);
    m_openEmpty->watch(m_openModel);
    m_validityEmpty->watch(m_validityModel);
    // The total line is always there: no NOC is a total alone.
    m_capacityEmpty->watch(m_capacityModel, [this] { return m_capacityModel->rowCount() <= 1; });
}

void DashboardPage::reload()
{
    // Built with the window, read when first shown: another page may be the one the window
    // opens on.
    if (loadWhenShown())
        return;
    if (m_openModel) {
        m_openModel->reload();
        m_validityModel->reload();
        m_capacityModel->reload();
    } else {
        createModels(); // the models read their lines as they are made
    }
    showMore(m_moreOpen, m_openModel->rowCount(), m_openModel->totalCount(), tr("see Requests"));
    showMore(m_moreValidity, m_validityModel->rowCount(), m_validityModel->totalCount(),
             tr("see Asset Register"));
    // The one overdue rule (ReviewSchedule), counted by the register.
    const auto overdue = AssetRegister(m_context.db)
                             .count(AssetRegister::onlyReviewOverdue({}, m_context.clock.today()));
    const QString count = overdue.ok() ? QLocale().toString(*overdue) : QStringLiteral("?");
    // Red for overdue as everywhere (UI.md), the words say it too.
    const bool any = overdue.ok() && *overdue > 0;
    m_reviewOverdue->setText(
        QStringLiteral("<b style=\"%1\">%2</b> &nbsp; <a href=\"review\">%3</a>")
            .arg(any ? QStringLiteral("color:#c62828") : QString(),
                 tr("Overdue for review: %1 assets").arg(count).toHtmlEscaped(),
                 tr("Open the review").toHtmlEscaped()));
}

QTableView *DashboardPage::section(const QString &objectName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

void DashboardPage::bind(QTableView *table, QAbstractItemModel *model, int stretchColumn)
{
    table->setModel(model);
    // Every column as wide as its text; the one that names the line takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QLabel *DashboardPage::moreLine(const QString &objectName)
{
    auto *line = new QLabel(this);
    line->setObjectName(objectName);
    line->setTextFormat(Qt::RichText);
    line->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    line->hide();
    return line;
}

// A list that can grow shows its first rows; the line under it says how many more there are
// and where they all are ("dan 3.120 lainnya — lihat di Aset Register").
void DashboardPage::showMore(QLabel *line, int shown, int total, const QString &where)
{
    line->setVisible(total > shown);
    if (total > shown)
        line->setText(
            QStringLiteral("%1 <a href=\"more\">%2</a>")
                .arg(tr("and %1 more —").arg(QLocale().toString(total - shown)).toHtmlEscaped(),
                     where.toHtmlEscaped()));
}

} // namespace kolokasi
