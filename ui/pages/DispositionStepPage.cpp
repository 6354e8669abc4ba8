#include "DispositionStepPage.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "widgets/DateEdit.h"
#include "widgets/FormParts.h"
#include "workflow/RequestWorkflow.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kolokasi {

DispositionStepPage::DispositionStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::Disposition), parent)
{
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("disposedOn"));
    m_toWhom = new QLineEdit(this);
    m_toWhom->setObjectName(QStringLiteral("toWhom"));
    m_toWhom->setPlaceholderText(tr("e.g. Seksi Infrastruktur TI, then the DC team"));
    m_note = makeNoteEdit(this);
    m_note->setObjectName(QStringLiteral("dispositionNote"));
    form()->addRow(tr("Date:"), m_date);
    form()->addRow(tr("To:"), m_toWhom);
    form()->addRow(tr("Note:"), m_note);
    mapField(FormField::kToWhom, m_toWhom);
    mapField(FormField::kNote, m_note);
    trackChanges(this);
}

void DispositionStepPage::fill(const RequestDossier &dossier)
{
    const bool done = dossier.disposition.has_value();
    m_date->setDate(done ? dossier.disposition->disposedOn : ui().clock.today());
    m_toWhom->setText(done ? dossier.disposition->toWhom : QString());
    m_note->setPlainText(done ? dossier.disposition->note : QString());
    setEditable(!done);
}

Disposition DispositionStepPage::input() const
{
    Disposition disposition;
    disposition.disposedOn = m_date->date();
    disposition.toWhom = m_toWhom->text().trimmed();
    disposition.note = m_note->toPlainText().trimmed();
    return disposition;
}

QList<Error> DispositionStepPage::problems() const
{
    return ui().workflow.validateDisposition(input());
}

Status DispositionStepPage::submit(bool *)
{
    return ui().workflow.dispose(requestId(), input());
}

} // namespace kolokasi
