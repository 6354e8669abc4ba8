#include "RegisterFilterBar.h"

#include "EmptyState.h"
#include "register/AssetRegister.h"
#include "services/DataCentreService.h"
#include "services/MasterData.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>

namespace kolokasi {

namespace {
enum Review
{
    AnyReview,
    ReviewOverdue
};
constexpr int kExpired = -1; // validity box: data of "expired"; else days ahead, 0 any
} // namespace

RegisterFilterBar::RegisterFilterBar(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_search(new QLineEdit(this)),
      m_noc(addBox(QStringLiteral("nocFilter"), tr("All NOCs"))),
      m_unit(addBox(QStringLiteral("unitFilter"), tr("All units"))),
      m_status(addBox(QStringLiteral("assetStatusFilter"), tr("Any status"))),
      m_review(addBox(QStringLiteral("reviewFilter"), tr("Any review"))),
      m_validity(addBox(QStringLiteral("validityFilter"), tr("Any validity"))),
      m_searchPause(new QTimer(this))
{
    setObjectName(QStringLiteral("registerFilterBar"));
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(
        tr("Search register no., server, unit, officer, domain, IP, S/N, type…"));
    m_search->setClearButtonEnabled(true);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &RegisterFilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause->stop();
        emit changed();
    });

    m_status->addItem(tr("Active"), toStorage(AssetStatus::Active));
    m_status->addItem(tr("Withdrawn"), toStorage(AssetStatus::Withdrawn));
    m_review->addItem(tr("Review overdue"), int(ReviewOverdue));
    m_validity->addItem(tr("Validity expired"), kExpired);
    for (int days : {30, 60, 90})
        m_validity->addItem(tr("Ends within %1 days").arg(days), days);
    m_unit->setEditable(true); // a searchable picker: type part of the name
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    reloadChoices();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QComboBox *box : {m_noc, m_unit, m_status, m_review, m_validity})
        layout->addWidget(box, 1);
}

bool RegisterFilterBar::isNarrowed() const
{
    return EmptyState::narrowedBy(m_search, {m_noc, m_unit, m_status, m_review, m_validity});
}

QComboBox *RegisterFilterBar::addBox(const QString &objectName, const QString &allText)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(allText, 0);
    connect(box, &QComboBox::currentIndexChanged, this, &RegisterFilterBar::changed);
    return box;
}

void RegisterFilterBar::reloadChoices()
{
    const QSignalBlocker nocs(m_noc), units(m_unit);
    const qint64 noc = m_noc->currentData().toLongLong();
    const qint64 unit = m_unit->currentData().toLongLong();
    while (m_noc->count() > 1)
        m_noc->removeItem(1);
    while (m_unit->count() > 1)
        m_unit->removeItem(1);
    const auto nocList = DataCentreService(m_db).nocs();
    for (const Noc &each : nocList.ok() ? *nocList : QList<Noc>{})
        m_noc->addItem(each.name, each.id);
    const auto unitList = MasterData(m_db).all();
    for (const Unit &each : unitList.ok() ? *unitList : QList<Unit>{})
        m_unit->addItem(each.shortName.isEmpty() ? each.name : each.shortName, each.id);
    m_noc->setCurrentIndex(std::max(0, m_noc->findData(noc)));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unit)));
}

AssetFilter RegisterFilterBar::filter(const QDate &today) const
{
    AssetFilter filter;
    filter.search = m_search->text().trimmed();
    filter.nocId = m_noc->currentData().toLongLong();
    filter.unitId = m_unit->currentData().toLongLong();
    if (AssetStatus status; fromStorage(m_status->currentData().toString(), &status))
        filter.status = status;
    if (m_review->currentData().toInt() == ReviewOverdue)
        filter = AssetRegister::onlyReviewOverdue(filter, today);
    const int validity = m_validity->currentData().toInt();
    if (validity == kExpired)
        filter = AssetRegister::onlyExpired(filter, today);
    else if (validity > 0)
        filter = AssetRegister::onlyExpiringWithin(filter, validity, today);
    return filter;
}

RegisterFilter RegisterFilterBar::printFilter() const
{
    RegisterFilter names;
    if (m_noc->currentIndex() > 0)
        names.noc = m_noc->currentText();
    if (m_unit->currentIndex() > 0)
        names.unit = m_unit->currentText();
    if (m_status->currentIndex() > 0)
        names.status = m_status->currentData().toString(); // active / withdrawn, as stored
    names.search = m_search->text().trimmed();
    return names;
}

void RegisterFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace kolokasi
