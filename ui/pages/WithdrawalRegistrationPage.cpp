#include "WithdrawalRegistrationPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "register/AssetRegister.h"
#include "widgets/AssetBlockView.h"
#include "widgets/DateEdit.h"
#include "widgets/FormParts.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kolokasi {

WithdrawalRegistrationPage::WithdrawalRegistrationPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::WithdrawalRegistration), parent)
{
    m_asset = new SearchableComboBox(this);
    m_asset->setObjectName(QStringLiteral("withdrawalAsset"));
    m_asset->setMinimumContentsLength(64); // register number, server, unit and domain
    m_letterNumber = new ValidatedLineEdit(this);
    m_letterNumber->setObjectName(QStringLiteral("withdrawalLetterNumber"));
    m_letterNumber->setRequired(tr("Enter the number of the unit's letter."));
    m_letterDate = new DateEdit(this);
    m_letterDate->setObjectName(QStringLiteral("withdrawalLetterDate"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("withdrawalSubject"));
    m_subject->setPlaceholderText(tr("Blank: \"Pencabutan co-location\" and the register number"));
    m_reasons = makeNoteEdit(this);
    m_reasons->setObjectName(QStringLiteral("withdrawalReasons"));
    m_blocks = new AssetBlockView(this);

    form()->addRow(tr("Asset:"), m_asset);
    form()->addRow(tr("Letter number:"), m_letterNumber);
    form()->addRow(tr("Letter date:"), m_letterDate);
    form()->addRow(tr("Subject:"), m_subject);
    body()->addWidget(m_blocks);
    auto *reasonsHolder = new QWidget(this);
    auto *reasonsForm = makeFormLayout(reasonsHolder);
    reasonsForm->setContentsMargins(0, 0, 0, 0);
    reasonsForm->addRow(tr("Considerations:"), m_reasons);
    body()->addWidget(reasonsHolder);
    body()->addStretch();

    mapField(FormField::kAsset, m_asset);
    mapField(FormField::kSubject, m_subject);
    mapField(FormField::kReasons, m_reasons);
    watch(m_letterNumber);
    connect(m_asset, &QComboBox::currentIndexChanged, this, &WithdrawalRegistrationPage::showAsset);
    trackChanges(this);
}

void WithdrawalRegistrationPage::fill(const RequestDossier &dossier)
{
    m_entries.clear();
    m_asset->clearChoices();
    AssetFilter filter;
    filter.status = AssetStatus::Active;
    auto entries = AssetRegister(ui().db).entries(filter);
    if (!entries.ok()) {
        showRefusal(entries.error());
        return;
    }
    for (const RegisterEntry &entry : *entries) {
        if (dossier.request.id > 0 && entry.asset.requestId != dossier.request.id)
            continue;
        m_entries.append(entry);
        m_asset->addChoice(tr("%1 - %2 (%3, %4)")
                               .arg(entry.asset.registerNumber, entry.serverName, entry.unitName,
                                    entry.placement.domain),
                           entry.asset.id);
    }
    m_asset->setCurrentIndex(m_entries.isEmpty() ? -1 : 0);
    showAsset();
    m_letterNumber->setText({});
    m_letterDate->setDate(ui().clock.today());
    m_subject->clear();
    m_reasons->clear();
    setRequestId(0); // what is saved here is a new withdrawal request
    if (m_entries.isEmpty())
        showNotice(tr("No active asset to withdraw."));
}

void WithdrawalRegistrationPage::setAsset(qint64 assetId)
{
    m_asset->setCurrentId(assetId);
    showAsset();
}

void WithdrawalRegistrationPage::showAsset()
{
    const qint64 id = m_asset->currentId();
    const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                    [id](const RegisterEntry &e) { return e.asset.id == id; });
    if (entry == m_entries.cend())
        m_blocks->clear();
    else
        m_blocks->setEntry(*entry);
}

WithdrawalLetter WithdrawalRegistrationPage::input() const
{
    WithdrawalLetter letter;
    letter.assetId = m_asset->currentId();
    letter.letterNumber = m_letterNumber->text();
    letter.letterDate = m_letterDate->date();
    letter.subject = m_subject->text().trimmed();
    letter.reasons = m_reasons->toPlainText().trimmed();
    letter.receivedAt = ui().clock.now();
    return letter;
}

QList<Error> WithdrawalRegistrationPage::problems() const
{
    return ui().workflow.validateWithdrawal(input());
}

Status WithdrawalRegistrationPage::submit(bool *)
{
    auto registered = ui().workflow.registerWithdrawal(input());
    if (!registered.ok())
        return registered.error();
    setRequestId(registered->id);
    return {};
}

} // namespace kolokasi
