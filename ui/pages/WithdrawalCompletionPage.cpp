#include "WithdrawalCompletionPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "widgets/AssetBlockView.h"
#include "widgets/DateEdit.h"
#include "widgets/Dialogs.h"
#include "widgets/FormParts.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kolokasi {

WithdrawalCompletionPage::WithdrawalCompletionPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::WithdrawalCompletion), parent)
{
    m_blocks = new AssetBlockView(this);
    m_decision = new QLabel(this);
    m_decision->setObjectName(QStringLiteral("withdrawalDecision"));
    m_withdrawnOn = new DateEdit(this);
    m_withdrawnOn->setObjectName(QStringLiteral("withdrawnOn"));
    form()->addRow(m_blocks);
    form()->addRow(tr("Decision:"), m_decision);
    form()->addRow(tr("Removed on:"), m_withdrawnOn);
    form()->addRow(
        makeHint(tr("Completing frees the server's rack units and IP addresses and marks the asset "
                    "withdrawn in the register."),
                 this));
    saveButton()->setText(tr("Complete the withdrawal"));
    trackChanges(this);
}

void WithdrawalCompletionPage::fill(const RequestDossier &dossier)
{
    if (dossier.withdrawnAsset)
        m_blocks->setEntry(*dossier.withdrawnAsset);
    else
        m_blocks->clear();
    const auto &withdrawal = dossier.withdrawal;
    m_decision->setText(
        withdrawal && withdrawal->approved.value_or(false)
            ? tr("Approved by %1 on %2")
                  .arg(withdrawal->decidedBy,
                       QLocale().toString(withdrawal->decidedAt.toLocalTime().date(),
                                          QStringLiteral("dd/MM/yyyy")))
            : QString());
    const bool done = withdrawal && withdrawal->completedAt.isValid();
    m_withdrawnOn->setDate(done ? withdrawal->completedAt.date() : ui().clock.today());
    setEditable(!done);
}

Status WithdrawalCompletionPage::submit(bool *cancelled)
{
    if (!ui().dialogs.confirm(
            this, tr("Complete the withdrawal"),
            tr("The server's rack units and IP addresses will be freed and the asset marked "
               "withdrawn. Continue?"),
            tr("Complete the withdrawal"), tr("Cancel"))) {
        *cancelled = true;
        return {};
    }
    return ui().workflow.completeWithdrawal(requestId(), m_withdrawnOn->date());
}

} // namespace kolokasi
