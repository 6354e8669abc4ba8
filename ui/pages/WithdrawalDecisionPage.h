#pragma once

#include "FormStepPage.h"

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace kolokasi {

class AssetBlockView;
class SignatoryPicker;

/// Pencabutan, second stage: the head of division approves the withdrawal or rejects it
/// (a rejection needs considerations and closes the withdrawal request, after asking).
class WithdrawalDecisionPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit WithdrawalDecisionPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;

private:
    AssetBlockView *m_blocks = nullptr;
    QPlainTextEdit *m_unitReasons = nullptr;
    QRadioButton *m_approve = nullptr;
    QRadioButton *m_reject = nullptr;
    SignatoryPicker *m_decidedBy = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
};

} // namespace kolokasi
