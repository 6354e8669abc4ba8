#include "WithdrawalDecisionPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "services/SettingsService.h"
#include "widgets/AssetBlockView.h"
#include "widgets/Dialogs.h"
#include "widgets/FormParts.h"
#include "widgets/SignatoryPicker.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kolokasi {

WithdrawalDecisionPage::WithdrawalDecisionPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::WithdrawalDecision), parent)
{
    m_blocks = new AssetBlockView(this);
    m_unitReasons = makeNoteEdit(this, 2);
    m_unitReasons->setObjectName(QStringLiteral("withdrawalUnitReasons"));
    m_unitReasons->setReadOnly(true); // the unit's letter, as registered
    m_unitReasons->setProperty("alwaysReadOnly", true);
    m_approve = new QRadioButton(tr("Approves"), this);
    m_approve->setObjectName(QStringLiteral("withdrawalApprove"));
    m_reject = new QRadioButton(tr("Rejects"), this);
    m_reject->setObjectName(QStringLiteral("withdrawalReject"));
    QWidget *decision = makeChoiceRow({m_approve, m_reject}, this);
    // The head of division decides: the agency's signatory, or an officer added here.
    m_decidedBy = new SignatoryPicker(ui().db, Signatory::kHeadOfDivision, this);
    m_decidedBy->setObjectName(QStringLiteral("withdrawalDecidedBy"));
    connect(m_decidedBy, &SignatoryPicker::signatoryAdded, this,
            &WithdrawalDecisionPage::markDirty);
    m_reasons = makeNoteEdit(this);
    m_reasons->setObjectName(QStringLiteral("withdrawalDecisionReasons"));
    m_reasons->setPlaceholderText(tr("Needed when rejecting"));

    form()->addRow(m_blocks);
    form()->addRow(tr("Considerations of the unit:"), m_unitReasons);
    body()->addWidget(makeSectionHeading(tr("Decision of the head of division"), this));
    auto *decisionHolder = new QWidget(this);
    auto *decisionForm = makeFormLayout(decisionHolder);
    decisionForm->setContentsMargins(0, 0, 0, 0);
    decisionForm->addRow(tr("Decision:"), decision);
    decisionForm->addRow(tr("Head of division:"), m_decidedBy);
    decisionForm->addRow(tr("Considerations:"), m_reasons);
    body()->addWidget(decisionHolder);
    body()->addStretch();

    mapField(FormField::kReasons, m_reasons);
    connect(m_approve, &QRadioButton::toggled, this, [this](bool approving) {
        saveButton()->setText(approving ? tr("Save") : tr("Reject"));
    });
    trackChanges(this);
}

void WithdrawalDecisionPage::fill(const RequestDossier &dossier)
{
    if (dossier.withdrawnAsset)
        m_blocks->setEntry(*dossier.withdrawnAsset);
    else
        m_blocks->clear();
    const bool decided = dossier.withdrawal && dossier.withdrawal->approved.has_value();
    m_unitReasons->setPlainText(dossier.withdrawal ? dossier.withdrawal->reasons : QString());
    (decided && !*dossier.withdrawal->approved ? m_reject : m_approve)->setChecked(true);
    QString head = decided ? dossier.withdrawal->decidedBy : QString();
    if (head.isEmpty()) {
        if (auto signatory = SettingsService(ui().db).signatory(Signatory::kHeadOfDivision);
            signatory.ok())
            head = signatory->name;
    }
    m_decidedBy->load();
    m_decidedBy->chooseText(head);
    m_reasons->setPlainText(decided && !*dossier.withdrawal->approved ? dossier.request.closeReason
                                                                      : QString());
    setEditable(!decided);
}

Status WithdrawalDecisionPage::submit(bool *cancelled)
{
    const bool approved = m_approve->isChecked();
    const QString reasons = m_reasons->toPlainText().trimmed();
    if (!approved && !reasons.isEmpty() &&
        !ui().dialogs.confirm(
            this, tr("Reject the withdrawal"),
            tr("The withdrawal request will be closed as rejected and the server stays in "
               "place. Continue?"),
            tr("Reject the withdrawal"), tr("Keep it open"))) {
        *cancelled = true;
        return {};
    }
    const QString head =
        m_decidedBy->currentId() != 0 ? m_decidedBy->currentText().trimmed() : QString();
    return ui().workflow.decideWithdrawal(requestId(), approved, head, reasons);
}

} // namespace kolokasi
