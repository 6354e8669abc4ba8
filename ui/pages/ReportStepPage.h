#pragma once

#include "FormStepPage.h"
#include "domain/SopStep.h"

class QLabel;
class QPlainTextEdit;

namespace kolokasi {

/// SOP steps 6, 7 and 9, which record one fact and a note: the unit was informed
/// (pemberitahuan), the unit delivered its server(s) (penyerahan), the completion was reported
/// (laporan selesai; the request is then complete).
class ReportStepPage : public FormStepPage
{
    Q_OBJECT

public:
    /// `step` is Notification, Delivery or Completion.
    ReportStepPage(UiContext &context, SopStep step, QWidget *parent = nullptr);

protected:
    void fill(const RequestDossier &dossier) override;
    Status submit(bool *cancelled) override;

private:
    SopStep m_step;
    QLabel *m_what = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace kolokasi
