#pragma once

#include "FormStepPage.h"

class QLabel;

namespace kolokasi {

class AssetBlockView;
class DateEdit;

/// Pencabutan, last stage: the server was removed. Completing frees its rack units and IP
/// addresses and marks the asset withdrawn, after a question that says so.
class WithdrawalCompletionPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit WithdrawalCompletionPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;

private:
    AssetBlockView *m_blocks = nullptr;
    QLabel *m_decision = nullptr;
    DateEdit *m_withdrawnOn = nullptr;
};

} // namespace kolokasi
