#include "DashboardPage.h"

#include "UiContext.h"
#include "models/CapacitySummaryModel.h"
#include "models/ExpiringPlacementsModel.h"
#include "models/OpenRequestsModel.h"
#include "register/AssetRegister.h"
#include "store/Database.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/PageTitle.h"
#include "widgets/TotalRowDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
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
      m_openModel(new OpenRequestsModel(context.db, this)),
      m_validityModel(new ExpiringPlacementsModel(context.db, this)),
      m_capacityModel(new CapacitySummaryModel(context.db, this)),
      m_openRequests(
          section(QStringLiteral("openRequests"), m_openModel, OpenRequestsModel::RequestColumn)),
      m_validity(section(QStringLiteral("expiringPlacements"), m_validityModel,
                         ExpiringPlacementsModel::UnitColumn)),
      m_capacity(
          section(QStringLiteral("nocCapacity"), m_capacityModel, CapacitySummaryModel::NocColumn)),
      m_reviewOverdue(new QLabel(this))
{
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

    auto *lower = new QHBoxLayout;
    auto *validity = new QVBoxLayout;
    validity->addWidget(heading(tr("Validity expired or ending within 30 days"), this));
    validity->addWidget(m_validity, 1);
    auto *capacity = new QVBoxLayout;
    capacity->addWidget(heading(tr("Free capacity per NOC"), this));
    capacity->addWidget(m_capacity, 1);
    lower->addLayout(validity, 1);
    lower->addSpacing(12);
    lower->addLayout(capacity, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_reviewOverdue);
    layout->addWidget(heading(tr("Open requests (overdue first)"), this));
    layout->addWidget(m_openRequests, 3);
    layout->addSpacing(8);
    layout->addLayout(lower, 2);
    reload();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::reload()
{
    m_openModel->reload();
    m_validityModel->reload();
    m_capacityModel->reload();
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

QTableView *DashboardPage::section(const QString &objectName, QAbstractItemModel *model,
                                   int stretchColumn)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // Every column as wide as its text; the one that names the line takes the rest.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

} // namespace kolokasi
