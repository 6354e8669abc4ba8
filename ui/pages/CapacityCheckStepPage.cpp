#include "CapacityCheckStepPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "capacity/CapacityCalculator.h"
#include "services/DataCentreService.h"
#include "widgets/CapacityItemsTable.h"
#include "widgets/Dialogs.h"
#include "widgets/FormParts.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kolokasi {

CapacityCheckStepPage::CapacityCheckStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::CapacityCheck), parent)
{
    m_items = new CapacityItemsTable(this);
    m_items->setObjectName(QStringLiteral("capacityItems"));
    m_proposal = new QLabel(this);
    m_proposal->setObjectName(QStringLiteral("proposedPlacement"));
    m_proposal->setWordWrap(true);
    m_proposal->setTextFormat(Qt::PlainText);
    m_available = new QRadioButton(tr("Available"), this);
    m_available->setObjectName(QStringLiteral("capacityAvailable"));
    m_notAvailable = new QRadioButton(tr("Not available"), this);
    m_notAvailable->setObjectName(QStringLiteral("capacityNotAvailable"));
    QWidget *verdict = makeChoiceRow({m_available, m_notAvailable}, this);
    m_note = makeNoteEdit(this);
    m_note->setObjectName(QStringLiteral("capacityNote"));

    form()->addRow(makeHint(
        tr("Server, power, UPS, genset, bandwidth, space and public IP addresses, as the data "
           "centre stands now."),
        this));
    body()->addWidget(m_items);
    body()->addWidget(makeSectionHeading(tr("Proposed placement"), this));
    body()->addWidget(m_proposal);
    body()->addWidget(makeSectionHeading(tr("Verdict of the DC team"), this));
    auto *verdictHolder = new QWidget(this);
    auto *verdictForm = makeFormLayout(verdictHolder);
    verdictForm->setContentsMargins(0, 0, 0, 0);
    verdictForm->addRow(tr("Capacity:"), verdict);
    verdictForm->addRow(tr("Note:"), m_note);
    body()->addWidget(verdictHolder);
    body()->addStretch();

    mapField(FormField::kNote, m_note);
    trackChanges(this);
}

void CapacityCheckStepPage::fill(const RequestDossier &dossier)
{
    const bool done = dossier.capacityCheck.has_value();
    QList<CapacityCheckItem> items;
    if (done) {
        items = dossier.capacityCheck->items;
    } else {
        QList<Server> servers;
        for (const PlacedServer &placed : dossier.servers)
            servers.append(placed.server);
        auto assessed = CapacityCalculator(ui().db).assess(dossier.request, servers);
        if (!assessed.ok()) {
            showRefusal(assessed.error());
            return;
        }
        items = *assessed;
    }
    m_items->setItems(items);
    CapacityCheck computed;
    computed.items = items;
    const bool available = done ? dossier.capacityCheck->available : computed.allItemsAvailable();
    (available ? m_available : m_notAvailable)->setChecked(true);
    m_note->setPlainText(done ? dossier.capacityCheck->note : QString());
    showProposal(dossier);
    setEditable(!done);
}

void CapacityCheckStepPage::showProposal(const RequestDossier &dossier)
{
    auto proposal = ui().workflow.proposePlacement(dossier.request.id);
    if (!proposal.ok()) {
        m_proposal->setText(proposal.error().message);
        return;
    }
    QStringList lines;
    for (const PlacedServer &placed : dossier.servers) {
        const auto block =
            std::find_if(proposal->blocks.cbegin(), proposal->blocks.cend(),
                         [&](const PlacementBlock &b) { return b.serverId == placed.server.id; });
        QString where = tr("no room found");
        if (block != proposal->blocks.cend() && !block->locationNote.isEmpty()) {
            where = block->locationNote;
        } else if (block != proposal->blocks.cend() && placed.server.rackUnits == 0 &&
                   block->nocId > 0) {
            auto noc = DataCentreService(ui().db).findNoc(block->nocId);
            where = tr("hosted in the data centre, %1").arg(noc.ok() ? noc->name : QString());
        }
        if (block != proposal->blocks.cend() && !block->ipAddresses.isEmpty())
            where += tr(", IP %1").arg(block->ipAddresses.join(QStringLiteral(", ")));
        lines.append(tr("%1: %2").arg(placed.server.name, where));
    }
    m_proposal->setText(lines.join(QLatin1Char('\n')));
}

CapacityDecision CapacityCheckStepPage::decision() const
{
    CapacityDecision decision;
    decision.available = m_available->isChecked();
    decision.note = m_note->toPlainText().trimmed();
    return decision;
}

QList<Error> CapacityCheckStepPage::problems() const
{
    return ui().workflow.validateCapacityCheck(requestId(), decision());
}

Status CapacityCheckStepPage::submit(bool *cancelled)
{
    const CapacityDecision decision = this->decision();
    if (!decision.available &&
        !ui().dialogs.confirm(
            this, tr("Capacity not available"),
            tr("The request will be closed because the capacity is not available. Continue?"),
            tr("Close the request"), tr("Keep it open"))) {
        *cancelled = true;
        return {};
    }
    auto checked = ui().workflow.checkCapacity(requestId(), decision);
    if (!checked.ok())
        return checked.error();
    return {};
}

} // namespace kolokasi
