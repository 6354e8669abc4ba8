#include "RackSection.h"
#include "domain/FormField.h"

#include "UiContext.h"
#include "common/StatusOf.h"
#include "models/RackTableModel.h"
#include "models/RetiredRecords.h"
#include "services/DataCentreService.h"
#include "validation/Required.h"
#include "widgets/RecordEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

namespace kolokasi {

namespace {
constexpr int kMaxPowerBudgetW = 1'000'000;
constexpr int kRetiredRole = Qt::UserRole + 1; // on the NOC combo's items
} // namespace

RackSection::RackSection(UiContext &context, QWidget *parent)
    : RecordSection(context, QStringLiteral("rack"), new RackTableModel(context.db),
                    RackTableModel::PositionColumn, parent),
      m_model(qobject_cast<RackTableModel *>(table()->model())), m_nocs(new QComboBox(this)),
      m_addNoc(new QPushButton(tr("Add NOC"), this)),
      m_editNoc(new QPushButton(tr("Edit NOC"), this)),
      m_retireNoc(new QPushButton(tr("Retire NOC"), this)),
      m_nocEditor(new RecordEditor(QStringLiteral("noc"), this)),
      m_rackEditor(new RecordEditor(QStringLiteral("rack"), this))
{
    m_model->setParent(this);
    m_nocs->setObjectName(QStringLiteral("nocCombo"));
    m_nocs->setMinimumContentsLength(18);
    m_addNoc->setObjectName(QStringLiteral("nocAdd"));
    m_editNoc->setObjectName(QStringLiteral("nocEdit"));
    m_retireNoc->setObjectName(QStringLiteral("nocRetire"));
    m_add->setText(tr("Add rack"));
    m_edit->setText(tr("Edit rack"));
    m_retire->setText(tr("Retire rack"));
    auto *nocLabel = new QLabel(tr("NOC:"), this);
    nocLabel->setBuddy(m_nocs);
    int at = 0;
    for (QWidget *widget : {static_cast<QWidget *>(nocLabel), static_cast<QWidget *>(m_nocs),
                            static_cast<QWidget *>(m_addNoc), static_cast<QWidget *>(m_editNoc),
                            static_cast<QWidget *>(m_retireNoc)})
        m_buttonRow->insertWidget(at++, widget);
    m_buttonRow->insertSpacing(at, 24);

    m_nocEditor->addText(FormField::kName, tr("NOC name:"), {}, tr("Fill in the NOC's name."));
    m_nocEditor->addText(FormField::kLocation, tr("Location:"));
    m_rackEditor->addText(FormField::kName, tr("Rack name:"), {}, tr("Fill in the rack's name."));
    m_rackEditor->addText(FormField::kPosition, tr("Row / position:"));
    m_rackEditor->addNumber(FormField::kHeightU, tr("Height:"), 1, Rack::kMaxHeightU,
                            QStringLiteral(" U"));
    m_rackEditor->addNumber(FormField::kPowerBudgetW, tr("Power budget:"), 0, kMaxPowerBudgetW,
                            QStringLiteral(" W"));
    addEditor(m_nocEditor);
    addEditor(m_rackEditor);

    connect(m_nocs, &QComboBox::currentIndexChanged, this, &RackSection::nocChosen);
    connect(m_addNoc, &QPushButton::clicked, this, [this] { startNoc(Noc{}); });
    connect(m_editNoc, &QPushButton::clicked, this, [this] {
        if (auto noc = DataCentreService(m_context.db).findNoc(currentNocId()); noc.ok())
            startNoc(*noc);
    });
    connect(m_retireNoc, &QPushButton::clicked, this, &RackSection::retireNoc);
    connect(m_nocEditor, &RecordEditor::saveRequested, this, &RackSection::saveNoc);
    connect(m_rackEditor, &RecordEditor::saveRequested, this, &RackSection::saveRack);
}

void RackSection::reload()
{
    fillNocs();
    m_model->setNoc(currentNocId());
    updateButtons();
    updateNocButtons();
}

void RackSection::setShowRetired(bool show)
{
    m_showRetired = show;
    m_model->setShowRetired(show);
    reload();
}

qint64 RackSection::currentNocId() const
{
    return m_nocs->currentData().toLongLong();
}

void RackSection::fillNocs()
{
    const qint64 chosen = currentNocId();
    const QSignalBlocker blocker(m_nocs);
    m_nocs->clear();
    auto nocs = DataCentreService(m_context.db)
                    .nocs(m_showRetired ? Listing::WithRetired : Listing::InService);
    if (!nocs.ok()) {
        emit refused(nocs.error());
        return;
    }
    qint64 first = 0; // the NOC set up first (the main room), shown when none was chosen
    for (const Noc &noc : *nocs) {
        const QString name = noc.isRetired()
                                 ? tr("%1 (%2)").arg(noc.name, RetiredRecords::stateText(true))
                                 : noc.name;
        m_nocs->addItem(name, noc.id);
        m_nocs->setItemData(m_nocs->count() - 1, noc.isRetired(), kRetiredRole);
        if (first == 0 || noc.id < first)
            first = noc.id;
    }
    const int index = m_nocs->findData(chosen);
    m_nocs->setCurrentIndex(index >= 0 ? index : m_nocs->findData(first));
}

void RackSection::nocChosen()
{
    closeEditors();
    m_model->setNoc(currentNocId());
    updateButtons();
    updateNocButtons();
}

void RackSection::updateNocButtons()
{
    // A retired NOC is shown for its history only: nothing is added to it or changed.
    const bool inService = currentNocId() > 0 && !m_nocs->currentData(kRetiredRole).toBool();
    m_editNoc->setEnabled(inService);
    m_retireNoc->setEnabled(inService);
    m_add->setEnabled(inService);
}

bool RackSection::isRetiredRow(int row) const
{
    return m_model->lineAt(row).rack.isRetired();
}

void RackSection::startNoc(const Noc &noc)
{
    m_editedNoc = noc;
    m_nocEditor->setHeading(noc.id == 0 ? tr("New NOC") : tr("Edit NOC %1").arg(noc.name));
    m_nocEditor->setText(QStringLiteral("name"), noc.name);
    m_nocEditor->setText(QStringLiteral("location"), noc.location);
    openEditor(m_nocEditor);
}

void RackSection::saveNoc()
{
    Noc noc = m_editedNoc;
    noc.name = m_nocEditor->text(QStringLiteral("name"));
    noc.location = m_nocEditor->text(QStringLiteral("location"));
    DataCentreService rooms(m_context.db);
    const auto saved = noc.id == 0 ? rooms.createNoc(noc) : rooms.updateNoc(noc);
    if (!report(statusOf(saved), m_nocEditor, tr("NOC %1 saved.").arg(noc.name)))
        return;
    fillNocs();
    m_nocs->setCurrentIndex(m_nocs->findData(saved->id));
}

void RackSection::retireNoc()
{
    auto noc = DataCentreService(m_context.db).findNoc(currentNocId());
    if (!noc.ok() || noc->isRetired())
        return;
    if (!confirmRetire(
            tr("NOC %1 will be retired: it can no longer be chosen for new placements, but old "
               "requests and the register still name it. Continue?")
                .arg(noc->name)))
        return;
    const auto retired = DataCentreService(m_context.db).retireNoc(noc->id, noc->rowVersion);
    if (report(statusOf(retired), nullptr, tr("NOC %1 retired.").arg(noc->name)))
        reload();
}

void RackSection::startAdd()
{
    if (currentNocId() <= 0) {
        emit refused(
            {QStringLiteral("required"), tr("Add a NOC first: racks stand in a NOC."), QString()});
        return;
    }
    Rack rack;
    rack.nocId = currentNocId();
    m_rackEditor->setHeading(tr("New rack in %1").arg(m_nocs->currentText()));
    fillRackEditor(rack);
    openEditor(m_rackEditor);
}

void RackSection::startEdit(int row)
{
    const Rack &rack = m_model->lineAt(row).rack;
    m_rackEditor->setHeading(tr("Edit rack %1").arg(rack.name));
    fillRackEditor(rack);
    openEditor(m_rackEditor);
}

void RackSection::fillRackEditor(const Rack &rack)
{
    m_editedRack = rack;
    m_rackEditor->setText(QStringLiteral("name"), rack.name);
    m_rackEditor->setText(QStringLiteral("position"), rack.position);
    m_rackEditor->field<QSpinBox>(QStringLiteral("height_u"))->setValue(rack.heightU);
    m_rackEditor->field<QSpinBox>(QStringLiteral("power_budget_w"))->setValue(rack.powerBudgetW);
}

void RackSection::reloadEditedRecord()
{
    if (m_rackEditor->isVisible() && m_editedRack.id > 0) {
        if (auto rack = DataCentreService(m_context.db).findRack(m_editedRack.id); rack.ok())
            fillRackEditor(*rack);
    }
    if (m_nocEditor->isVisible() && m_editedNoc.id > 0) {
        if (auto noc = DataCentreService(m_context.db).findNoc(m_editedNoc.id); noc.ok())
            startNoc(*noc);
    }
}

void RackSection::saveRack()
{
    Rack rack = m_editedRack;
    rack.name = m_rackEditor->text(QStringLiteral("name"));
    rack.position = m_rackEditor->text(QStringLiteral("position"));
    rack.heightU = m_rackEditor->field<QSpinBox>(QStringLiteral("height_u"))->value();
    rack.powerBudgetW = m_rackEditor->field<QSpinBox>(QStringLiteral("power_budget_w"))->value();
    DataCentreService rooms(m_context.db);
    const auto saved = rack.id == 0 ? rooms.createRack(rack) : rooms.updateRack(rack);
    if (report(statusOf(saved), m_rackEditor, tr("Rack %1 saved.").arg(rack.name)))
        showRack(saved->id);
}

void RackSection::retire(int row)
{
    const Rack rack = m_model->lineAt(row).rack;
    if (!confirmRetire(
            tr("Rack %1 will be retired: it can no longer be chosen for new placements, but old "
               "requests and the register still name it. Continue?")
                .arg(rack.name)))
        return;
    const auto retired = DataCentreService(m_context.db).retireRack(rack.id, rack.rowVersion);
    if (report(statusOf(retired), nullptr, tr("Rack %1 retired.").arg(rack.name)))
        showRack(rack.id);
}

void RackSection::showRack(qint64 id)
{
    m_model->reload();
    selectRow(m_model->rowOf(id));
    updateButtons();
}

} // namespace kolokasi
