#include "UnitsPage.h"
#include "widgets/FormBinding.h"

#include "UiContext.h"
#include "models/OfficerTableModel.h"
#include "models/PeopleNames.h"
#include "models/UnitListModel.h"
#include "services/MasterData.h"
#include "widgets/Dialogs.h"
#include "widgets/FormParts.h"
#include "widgets/MessageBar.h"
#include "widgets/OfficerDialog.h"
#include "widgets/PageTitle.h"
#include "widgets/UnitDialog.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/RequestWorkflow.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kolokasi {

namespace {
constexpr int kSearchPauseMs = 250;

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QLabel *makeValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

UnitsPage::UnitsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_title(new PageTitle(tr("Units & Officers"), this)),
      m_bar(new MessageBar(this)),
      m_addUnitAction(
          new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("Add unit"), this)),
      m_search(new QLineEdit(this)), m_showRetired(new QCheckBox(tr("Show retired"), this)),
      m_searchPause(new QTimer(this)), m_units(new UnitListModel(context.db, this)),
      m_unitTable(makeTable(m_units, QStringLiteral("unitTable"), this)), m_count(new QLabel(this)),
      m_officers(new OfficerTableModel(context.db, this))
{
    setObjectName(QStringLiteral("unitsPage"));
    m_bar->setObjectName(QStringLiteral("unitsMessage"));
    m_bar->hideMessage();
    m_addUnitAction->setObjectName(QStringLiteral("addUnitAction"));
    connect(m_addUnitAction, &QAction::triggered, this, &UnitsPage::addUnit);
    m_title->addAction(m_addUnitAction);

    m_search->setObjectName(QStringLiteral("unitSearch"));
    m_search->setPlaceholderText(tr("Search unit, short code, officer or NIP…"));
    m_search->setClearButtonEnabled(true);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(kSearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this, &UnitsPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &UnitsPage::search);
    connect(m_showRetired, &QCheckBox::toggled, this, &UnitsPage::search);

    m_unitTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unitTable->horizontalHeader()->setSectionResizeMode(UnitListModel::NameColumn,
                                                          QHeaderView::Stretch);
    m_unitTable->horizontalHeader()->setStretchLastSection(false);
    m_count->setObjectName(QStringLiteral("unitCount"));
    connect(m_unitTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPage::showUnit);
    connect(m_unitTable, &QTableView::activated, this, &UnitsPage::editUnit);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_showRetired);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_unitTable, 1);
    listLayout->addWidget(m_count);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(makeUnitDetails());
    detailsLayout->addWidget(makeOfficerList(), 1);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("unitsSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    search();
}

UnitsPage::~UnitsPage() = default;

QWidget *UnitsPage::makeUnitDetails()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_unitHeading = makeSectionHeading(QString(), box);
    m_unitHeading->setObjectName(QStringLiteral("unitHeading"));
    m_unitHeading->setWordWrap(true);
    auto *fields = new QWidget(box);
    QFormLayout *form = makeFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_code = makeValue(QStringLiteral("unitCodeValue"), fields);
    m_address = makeValue(QStringLiteral("unitAddressValue"), fields);
    m_phone = makeValue(QStringLiteral("unitPhoneValue"), fields);
    m_email = makeValue(QStringLiteral("unitEmailValue"), fields);
    m_state = makeValue(QStringLiteral("unitStateValue"), fields);
    form->addRow(tr("Short code:"), m_code);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Status:"), m_state);
    m_editUnit = makeButton(tr("Edit unit…"), QStringLiteral("editUnit"), box);
    m_retireUnit = makeButton(tr("Retire unit…"), QStringLiteral("retireUnit"), box);
    connect(m_editUnit, &QPushButton::clicked, this, &UnitsPage::editUnit);
    connect(m_retireUnit, &QPushButton::clicked, this, &UnitsPage::retireUnit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_editUnit);
    buttons->addWidget(m_retireUnit);
    buttons->addStretch();
    layout->addWidget(m_unitHeading);
    layout->addWidget(fields);
    layout->addLayout(buttons);
    return box;
}

QWidget *UnitsPage::makeOfficerList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_officerTable = makeTable(m_officers, QStringLiteral("officerTable"), box);
    connect(m_officerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPage::updateButtons);
    connect(m_officerTable, &QTableView::activated, this, &UnitsPage::editOfficer);
    m_addOfficer = makeButton(tr("Add officer…"), QStringLiteral("addOfficer"), box);
    m_editOfficer = makeButton(tr("Edit officer…"), QStringLiteral("editOfficer"), box);
    m_retireOfficer = makeButton(tr("Retire officer…"), QStringLiteral("retireOfficer"), box);
    connect(m_addOfficer, &QPushButton::clicked, this, &UnitsPage::addOfficer);
    connect(m_editOfficer, &QPushButton::clicked, this, &UnitsPage::editOfficer);
    connect(m_retireOfficer, &QPushButton::clicked, this, &UnitsPage::retireOfficer);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addOfficer);
    buttons->addWidget(m_editOfficer);
    buttons->addWidget(m_retireOfficer);
    buttons->addStretch();
    layout->addWidget(makeSectionHeading(tr("Officers"), box));
    layout->addLayout(buttons);
    layout->addWidget(m_officerTable, 1);
    return box;
}

QString UnitsPage::title() const
{
    return tr("Units & Officers");
}

QList<QAction *> UnitsPage::mainActions() const
{
    return {m_addUnitAction};
}

void UnitsPage::reload()
{
    refresh(currentUnitId());
}

RecordDialog *UnitsPage::openDialog() const
{
    return m_dialog;
}

void UnitsPage::search()
{
    m_searchPause->stop();
    m_units->setSearch(m_search->text(), m_showRetired->isChecked());
    // The status column only says "Retired": shown when retired ones are.
    m_unitTable->setColumnHidden(UnitListModel::StateColumn, !m_showRetired->isChecked());
    m_officerTable->setColumnHidden(OfficerTableModel::StateColumn, !m_showRetired->isChecked());
    showList(0);
}

// Shows the listed units with `unitId` chosen (else the first), and the count.
void UnitsPage::showList(qint64 unitId)
{
    m_count->setText(tr("Units shown: %1").arg(m_units->rowCount()));
    if (const Status &loaded = m_units->loadStatus(); !loaded.ok())
        showRefusal(loaded.error().message, false);
    const int row = m_units->rowOf(unitId);
    m_unitTable->setCurrentIndex(m_units->index(row < 0 ? 0 : row, 0));
    showUnit();
}

// Reads units and officers again, keeping the unit and officer chosen.
void UnitsPage::refresh(qint64 unitId)
{
    const qint64 officerId = currentOfficerId();
    static_cast<void>(m_units->reload()); // showList() shows a failed load
    showList(unitId);
    if (const int row = m_officers->rowOf(officerId); row >= 0)
        m_officerTable->setCurrentIndex(m_officers->index(row, 0));
}

qint64 UnitsPage::currentUnitId() const
{
    const QModelIndex current = m_unitTable->currentIndex();
    return current.isValid() ? current.data(UnitListModel::IdRole).toLongLong() : 0;
}

qint64 UnitsPage::currentOfficerId() const
{
    const QModelIndex current = m_officerTable->currentIndex();
    return current.isValid() ? current.data(OfficerTableModel::IdRole).toLongLong() : 0;
}

void UnitsPage::showUnit()
{
    const int row = m_unitTable->currentIndex().isValid() ? m_unitTable->currentIndex().row() : -1;
    const Unit unit = row >= 0 ? m_units->unitAt(row) : Unit{};
    m_unitHeading->setText(row >= 0 ? unit.name : tr("No unit chosen"));
    m_code->setText(unit.shortName);
    m_address->setText(unit.address);
    m_phone->setText(unit.phone);
    m_email->setText(unit.email);
    m_state->setText(row < 0            ? QString()
                     : unit.isRetired() ? PeopleNames::retired()
                                        : tr("In service"));
    if (const Status loaded = m_officers->setUnit(unit.id, m_showRetired->isChecked());
        !loaded.ok())
        showRefusal(loaded.error().message, false);
    m_officerTable->resizeColumnsToContents();
    m_officerTable->setCurrentIndex(m_officers->index(0, 0)); // Ubah pejabat works at once
    updateButtons();
}

void UnitsPage::updateButtons()
{
    const int unitRow =
        m_unitTable->currentIndex().isValid() ? m_unitTable->currentIndex().row() : -1;
    const bool unitInService = unitRow >= 0 && !m_units->unitAt(unitRow).isRetired();
    m_editUnit->setEnabled(unitRow >= 0);
    m_retireUnit->setEnabled(unitInService);
    m_addOfficer->setEnabled(unitInService);
    const QModelIndex officer = m_officerTable->currentIndex();
    m_editOfficer->setEnabled(officer.isValid());
    m_retireOfficer->setEnabled(officer.isValid() &&
                                !m_officers->officerAt(officer.row()).isRetired());
}

void UnitsPage::addUnit()
{
    auto *dialog = new UnitDialog(m_context.db, Unit{}, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->stored().id); });
    openEditor(dialog, 0);
}

void UnitsPage::editUnit()
{
    const int row = m_unitTable->currentIndex().row();
    if (row < 0)
        return;
    auto *dialog = new UnitDialog(m_context.db, m_units->unitAt(row), this);
    openEditor(dialog, m_units->unitAt(row).id);
}

void UnitsPage::addOfficer()
{
    Officer officer;
    officer.unitId = currentUnitId();
    if (officer.unitId <= 0)
        return;
    openEditor(new OfficerDialog(m_context.db, officer, this), officer.unitId);
}

void UnitsPage::editOfficer()
{
    const QModelIndex current = m_officerTable->currentIndex();
    if (!current.isValid())
        return;
    const Officer &officer = m_officers->officerAt(current.row());
    openEditor(new OfficerDialog(m_context.db, officer, this), officer.unitId);
}

// Window-modal but not blocking: the page goes on when the dialog is closed.
void UnitsPage::openEditor(RecordDialog *dialog, qint64 unitId)
{
    m_bar->hideMessage();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (unitId > 0)
        connect(dialog, &QDialog::accepted, this, [this, unitId] { changed(unitId); });
    m_dialog = dialog;
    dialog->open();
}

void UnitsPage::retireUnit()
{
    const int row = m_unitTable->currentIndex().row();
    if (row < 0)
        return;
    const Unit unit = m_units->unitAt(row);
    if (!m_context.dialogs.confirm(
            this, tr("Retire unit"),
            tr("%1 will no longer be offered for new requests; its earlier requests "
               "and printouts keep showing it. Retire it?")
                .arg(unit.name),
            tr("Retire unit"), tr("Cancel")))
        return;
    auto retired = MasterData(m_context.db).retire(unit.id, unit.rowVersion);
    if (!retired.ok())
        return showRefusal(retired.error().message, FormBinding::isStale(retired.error()));
    changed(unit.id);
}

void UnitsPage::retireOfficer()
{
    const QModelIndex current = m_officerTable->currentIndex();
    if (!current.isValid())
        return;
    const Officer officer = m_officers->officerAt(current.row());
    if (!m_context.dialogs.confirm(
            this, tr("Retire officer"),
            tr("%1 will no longer be offered as responsible officer; earlier "
               "requests and printouts keep showing them. Retire them?")
                .arg(officer.name),
            tr("Retire officer"), tr("Cancel")))
        return;
    auto retired = MasterData(m_context.db).retireOfficer(officer.id, officer.rowVersion);
    if (!retired.ok())
        return showRefusal(retired.error().message, FormBinding::isStale(retired.error()));
    changed(officer.unitId);
}

// Shows the changed unit and tells the other pages (their pickers) and other admins.
void UnitsPage::changed(qint64 unitId)
{
    refresh(unitId);
    if (ChangeNotifier *notifier = m_context.workflow.notifier())
        notifier->announceSettings();
}

void UnitsPage::showRefusal(const QString &message, bool stale)
{
    m_bar->showMessage(message, MessageBar::Kind::Error);
    if (stale)
        m_bar->setAction(tr("Reload"), [this] {
            m_bar->hideMessage();
            reload();
        });
}

} // namespace kolokasi
