#include "ReportStepPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "widgets/FormParts.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace kolokasi {

namespace {
StepPageKind kindOf(SopStep step)
{
    switch (step) {
    case SopStep::Notification:
        return StepPageKind::Notification;
    case SopStep::Delivery:
        return StepPageKind::Delivery;
    default:
        return StepPageKind::Completion;
    }
}
} // namespace

ReportStepPage::ReportStepPage(UiContext &context, SopStep step, QWidget *parent)
    : FormStepPage(context, stepPageTitle(kindOf(step)), parent), m_step(step)
{
    QString what;
    switch (kindOf(step)) {
    case StepPageKind::Notification:
        what =
            tr("The unit has been informed that its co-location and hosting request was approved.");
        break;
    case StepPageKind::Delivery:
        what = tr(
            "The unit has brought its server(s) with the operating system, software and supporting "
            "applications as specified.");
        break;
    default:
        what = tr("The unit has been told, with a copy to the head of division, that the server "
                  "and the hosted "
                  "application are ready and reachable. Saving completes the request.");
        break;
    }
    m_what = makeHint(what, this);
    m_what->setObjectName(QStringLiteral("reportWhat"));
    m_note = makeNoteEdit(this);
    m_note->setObjectName(QStringLiteral("reportNote"));
    form()->addRow(m_what);
    form()->addRow(tr("Note:"), m_note);
    mapField(FormField::kNote, m_note);
    trackChanges(this);
}

void ReportStepPage::fill(const RequestDossier &dossier)
{
    const auto report = dossier.stepReports.constFind(m_step);
    const bool done = report != dossier.stepReports.constEnd();
    m_note->setPlainText(done ? report->note : QString());
    setEditable(!done);
}

Status ReportStepPage::submit(bool *)
{
    const QString note = m_note->toPlainText().trimmed();
    switch (kindOf(m_step)) {
    case StepPageKind::Notification:
        return ui().workflow.notifyUnit(requestId(), note);
    case StepPageKind::Delivery:
        return ui().workflow.recordDelivery(requestId(), note);
    default:
        return ui().workflow.reportCompletion(requestId(), note);
    }
}

} // namespace kolokasi
