#pragma once

#include "FormStepPage.h"
#include "workflow/CapacityCheckStep.h"

class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace kolokasi {

class CapacityItemsTable;

/// SOP step 3: the capacity check (cek kapasitas). Shows what the core computes per resource
/// and the proposed placement; the DC team marks the capacity available or not with a note.
/// "Not available" closes the request, after a question that says so.
class CapacityCheckStepPage : public FormStepPage
{
    Q_OBJECT

public:
    explicit CapacityCheckStepPage(UiContext &context, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;
    QList<Error> problems() const override;

private:
    CapacityDecision decision() const;
    void showProposal(const RequestDossier &dossier);

    CapacityItemsTable *m_items = nullptr;
    QLabel *m_proposal = nullptr;
    QRadioButton *m_available = nullptr;
    QRadioButton *m_notAvailable = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace kolokasi
