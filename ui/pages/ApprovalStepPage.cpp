#include "ApprovalStepPage.h"
#include "widgets/FormBinding.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "capacity/CapacityCalculator.h"
#include "services/DataCentreService.h"
#include "services/SettingsService.h"
#include "widgets/Dialogs.h"
#include "widgets/FormParts.h"
#include "widgets/PlacementBlockEditor.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kolokasi {

ApprovalStepPage::ApprovalStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::Approval), parent)
{
    m_domain = new QLabel(this);
    m_domain->setObjectName(QStringLiteral("approvalDomain"));
    m_approve = new QRadioButton(tr("Approves"), this);
    m_approve->setObjectName(QStringLiteral("decisionApprove"));
    m_reject = new QRadioButton(tr("Rejects"), this);
    m_reject->setObjectName(QStringLiteral("decisionReject"));
    QWidget *decision = makeChoiceRow({m_approve, m_reject}, this);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("approvalLocation"));
    m_location->setPlaceholderText(tr("e.g. Data Center Diskominfo"));
    m_reasons = makeNoteEdit(this);
    m_reasons->setObjectName(QStringLiteral("approvalReasons"));
    m_decidedBy = new QLineEdit(this);
    m_decidedBy->setObjectName(QStringLiteral("decidedBy"));

    // The PERSETUJUAN form's order: domain, the decision, where, the considerations.
    form()->addRow(tr("Domain name:"), m_domain);
    form()->addRow(tr("Decision:"), decision);
    form()->addRow(tr("Co-location request at:"), m_location);
    form()->addRow(tr("Considerations:"), m_reasons);
    form()->addRow(tr("Head of division:"), m_decidedBy);

    m_blocksSection = new QWidget(this);
    m_blocksLayout = new QVBoxLayout(m_blocksSection);
    m_blocksLayout->setContentsMargins(0, 0, 0, 0);
    m_blocksLayout->addWidget(makeSectionHeading(tr("Placement (filled when approved)"), this));
    body()->addWidget(m_blocksSection);
    body()->addStretch();

    mapField(FormField::kReasons, m_reasons);
    binding()->bindResolver([this](const QString &field) { return blockCell(field); });
    connect(m_approve, &QRadioButton::toggled, m_blocksSection, &QWidget::setVisible);
    connect(m_approve, &QRadioButton::toggled, this, [this](bool approving) {
        saveButton()->setText(approving ? tr("Save") : tr("Reject"));
    });
    trackChanges(this);
}

void ApprovalStepPage::buildBlocks(const RequestDossier &dossier)
{
    qDeleteAll(m_blocks);
    m_blocks.clear();
    PlacementChoices choices;
    if (auto nocs = DataCentreService(ui().db).nocs(); nocs.ok())
        choices.nocs = *nocs;
    if (auto free = CapacityCalculator(ui().db).snapshot(); free.ok())
        choices.free = *free;
    QList<PlacementBlock> proposed;
    if (!dossier.approval) {
        auto proposal = ui().workflow.proposePlacement(dossier.request.id);
        if (proposal.ok())
            proposed = proposal->blocks;
    }
    const QString domain = dossier.application ? dossier.application->domain : QString();
    for (const PlacedServer &placed : dossier.servers) {
        auto *editor = new PlacementBlockEditor(
            placed.server, dossier.request.serviceType, choices,
            QStringLiteral("server%1").arg(placed.server.position), m_blocksSection);
        PlacementBlock block;
        if (placed.placement) {
            const Placement &p = *placed.placement;
            block = {placed.server.id, p.nocId,       p.rackId,       p.firstU,
                     p.locationNote,   p.domain,      p.serialNumber, p.typeBrand,
                     p.hostAdminUser,  p.ipAddresses, p.overrideNote};
        } else {
            const auto found =
                std::find_if(proposed.cbegin(), proposed.cend(), [&](const PlacementBlock &b) {
                    return b.serverId == placed.server.id;
                });
            if (found != proposed.cend())
                block = *found;
            block.domain = domain;
        }
        editor->setBlock(block);
        connect(editor, &PlacementBlockEditor::changed, this, &ApprovalStepPage::markDirty);
        m_blocksLayout->addWidget(editor);
        m_blocks.append(editor);
    }
}

void ApprovalStepPage::fill(const RequestDossier &dossier)
{
    const bool done = dossier.approval.has_value();
    m_domain->setText(dossier.application ? dossier.application->domain : QString());
    (done && !dossier.approval->approved ? m_reject : m_approve)->setChecked(true);
    m_blocksSection->setVisible(m_approve->isChecked());
    m_location->setText(done ? dossier.approval->location : QString());
    m_reasons->setPlainText(done ? dossier.approval->reasons : QString());
    QString head = done ? dossier.approval->decidedBy : QString();
    if (head.isEmpty()) {
        if (auto signatory = SettingsService(ui().db).signatory(Signatory::kHeadOfDivision);
            signatory.ok())
            head = signatory->name;
    }
    m_decidedBy->setText(head);
    buildBlocks(dossier);
    setEditable(!done);
}

// A cell of a server's placement block ("servers.2.rack"), or the block itself; a block's
// field named without its server: the first block that has it.
QWidget *ApprovalStepPage::blockCell(const QString &field) const
{
    if (const ServerFieldName cell = FormField::parseServer(field); cell.position > 0) {
        if (cell.position > m_blocks.size())
            return nullptr;
        PlacementBlockEditor *block = m_blocks[cell.position - 1];
        QWidget *widget = block->fieldWidget(cell.name);
        return widget ? widget : block;
    }
    for (PlacementBlockEditor *editor : m_blocks) {
        if (QWidget *widget = editor->fieldWidget(field))
            return widget;
    }
    return nullptr;
}

Approval ApprovalStepPage::input() const
{
    Approval approval;
    approval.approved = m_approve->isChecked();
    approval.location = m_location->text().trimmed();
    approval.reasons = m_reasons->toPlainText().trimmed();
    approval.decidedBy = m_decidedBy->text().trimmed();
    if (approval.approved) {
        for (PlacementBlockEditor *editor : m_blocks)
            approval.blocks.append(editor->block());
    }
    return approval;
}

QList<Error> ApprovalStepPage::problems() const
{
    return ui().workflow.validateApproval(requestId(), input());
}

Status ApprovalStepPage::submit(bool *cancelled)
{
    const Approval approval = input();
    if (!approval.approved &&
        !ui().dialogs.confirm(this, tr("Reject the request"),
                              tr("The request will be closed as rejected. Continue?"),
                              tr("Reject the request"), tr("Keep it open"))) {
        *cancelled = true;
        return {};
    }
    return ui().workflow.decide(requestId(), approval);
}

} // namespace kolokasi
