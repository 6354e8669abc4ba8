#pragma once

#include "FormStepPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QVBoxLayout;

namespace kolokasi {

class PlacementBlockEditor;

/// SOP step 5: the PERSETUJUAN form. The head of division approves (menyetujui) or rejects
/// (menolak) with considerations (pertimbangan); an approval fills, per server, the data
/// centre or co-location block, pre-filled from the proposed placement. Rejecting closes the
/// request, after a question that says so. No password field: it is asked when printing.
class ApprovalStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit ApprovalStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    QWidget *blockCell(const QString &field) const;
    Approval input() const;
    void buildBlocks(const RequestDossier &dossier);

    QLabel *m_domain = nullptr;
    QRadioButton *m_approve = nullptr;
    QRadioButton *m_reject = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QLineEdit *m_decidedBy = nullptr;
    QWidget *m_blocksSection = nullptr;
    QVBoxLayout *m_blocksLayout = nullptr;
    QList<PlacementBlockEditor *> m_blocks;
};

} // namespace kolokasi
