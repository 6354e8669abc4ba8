#include "CorrectionDialog.h"

#include "UiContext.h"
#include "domain/SopStep.h"
#include "workflow/CorrectionStep.h"
#include "workflow/RequestWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kolokasi {

CorrectionDialog::CorrectionDialog(UiContext &context, const RequestDossier &dossier,
                                   QWidget *parent)
    : QDialog(parent), m_context(context), m_dossier(dossier), m_field(new QComboBox(this)),
      m_record(new QComboBox(this)), m_current(new QLabel(this)), m_newValue(new QLineEdit(this)),
      m_reason(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct a value"));
    m_field->setObjectName(QStringLiteral("correctionField"));
    m_record->setObjectName(QStringLiteral("correctionServer"));
    m_current->setObjectName(QStringLiteral("correctionCurrent"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newValue->setObjectName(QStringLiteral("correctionNewValue"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    // Only what was entered at a step the request has passed can be corrected.
    for (const CorrectableField &field : CorrectionStep::catalogue()) {
        if (SopSteps::number(field.step) <= SopSteps::number(dossier.request.step))
            m_field->addItem(
                tr("Step %1: %2").arg(SopSteps::number(field.step)).arg(labelOf(field.name)),
                field.name);
    }
    for (const PlacedServer &placed : dossier.servers)
        m_record->addItem(placed.server.name, placed.server.id);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->addRow(tr("Value:"), m_field);
    form->addRow(tr("Server:"), m_record);
    form->addRow(tr("Stored now:"), m_current);
    form->addRow(tr("New value:"), m_newValue);
    form->addRow(tr("Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Save correction"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("correctionSave"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectionDialog::fieldChosen);
    connect(m_record, &QComboBox::currentIndexChanged, this, &CorrectionDialog::readCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fieldChosen();
}

QString CorrectionDialog::labelOf(const QString &field)
{
    static const QHash<QString, const char *> kLabels{
        {QStringLiteral("request.letter_number"), QT_TR_NOOP("Letter number")},
        {QStringLiteral("request.letter_date"), QT_TR_NOOP("Letter date")},
        {QStringLiteral("request.subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("server.name"), QT_TR_NOOP("Server name")},
        {QStringLiteral("disposition.to_whom"), QT_TR_NOOP("Disposition to")},
        {QStringLiteral("disposition.note"), QT_TR_NOOP("Disposition note")},
        {QStringLiteral("capacity_check.note"), QT_TR_NOOP("Capacity check note")},
        {QStringLiteral("application.unit_address"), QT_TR_NOOP("Unit address")},
        {QStringLiteral("application.contact_phone"), QT_TR_NOOP("Contact number")},
        {QStringLiteral("application.domain"), QT_TR_NOOP("Domain name")},
        {QStringLiteral("application.domain_active_date"), QT_TR_NOOP("Domain active date")},
        {QStringLiteral("application.valid_until"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("approval.location"), QT_TR_NOOP("Approval location")},
        {QStringLiteral("approval.reasons"), QT_TR_NOOP("Considerations")},
        {QStringLiteral("placement.location_note"), QT_TR_NOOP("Server location")},
        {QStringLiteral("placement.domain"), QT_TR_NOOP("Server domain")},
        {QStringLiteral("placement.serial_number"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("placement.type_brand"), QT_TR_NOOP("Type and brand")},
        {QStringLiteral("placement.host_admin_user"), QT_TR_NOOP("Host admin user")},
        {QStringLiteral("handover.giver_name"), QT_TR_NOOP("Handed over by")},
        {QStringLiteral("handover.giver_nip"), QT_TR_NOOP("NIP of the giver")},
        {QStringLiteral("handover.receiver_name"), QT_TR_NOOP("Received by")},
        {QStringLiteral("handover.receiver_nip"), QT_TR_NOOP("NIP of the receiver")},
    };
    const auto found = kLabels.constFind(field);
    return found == kLabels.constEnd() ? field : tr(found.value());
}

void CorrectionDialog::fieldChosen()
{
    const auto field = CorrectionStep::field(m_field->currentData().toString());
    m_record->setEnabled(field.ok() && field->perRecord);
    m_ok->setEnabled(m_field->count() > 0);
    readCurrent();
}

// The record a per-server field belongs to: the server itself, or its placement.
void CorrectionDialog::readCurrent()
{
    m_current->clear();
    m_error->hide();
    const auto field = CorrectionStep::field(m_field->currentData().toString());
    if (!field.ok())
        return;
    qint64 record = 0;
    const int index = m_record->currentIndex();
    if (field->perRecord && index >= 0 && index < m_dossier.servers.size()) {
        const PlacedServer &placed = m_dossier.servers[index];
        record = field->table == QLatin1String("servers")
                     ? placed.server.id
                     : (placed.placement ? placed.placement->id : 0);
    }
    const auto stored =
        CorrectionStep(m_context.db).currentValue(*field, m_dossier.request.id, record);
    m_rowVersion = stored.ok() ? stored->rowVersion : 0;
    m_current->setText(stored.ok() ? (stored->text.isEmpty() ? tr("(empty)") : stored->text)
                                   : stored.error().message);
    m_newValue->setText(stored.ok() ? stored->text : QString());
    m_recordId = record;
}

void CorrectionDialog::selectServer(qint64 serverId)
{
    if (const int index = m_record->findData(serverId); index >= 0)
        m_record->setCurrentIndex(index);
}

bool CorrectionDialog::apply()
{
    Correction correction;
    correction.requestId = m_dossier.request.id;
    correction.field = m_field->currentData().toString();
    correction.recordId = m_recordId;
    correction.newValue = m_newValue->text().trimmed();
    correction.reason = m_reason->toPlainText().trimmed();
    correction.expectedRowVersion = m_rowVersion;
    const auto done = m_submit ? m_submit(correction) : m_context.workflow.correct(correction);
    if (done.ok())
        return true;
    m_error->setText(done.error().message);
    m_error->show();
    if (done.error().field == QLatin1String("reason"))
        m_reason->setFocus();
    else
        m_newValue->setFocus();
    return false;
}

} // namespace kolokasi
