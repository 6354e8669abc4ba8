#include "HandoverStepPage.h"
#include "widgets/FormBinding.h"
#include "domain/FormField.h"

#include "StepPages.h"
#include "UiContext.h"
#include "common/Clock.h"
#include "services/SettingsService.h"
#include "text/IndonesianText.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"
#include "widgets/DateEdit.h"
#include "widgets/FormParts.h"
#include "widgets/HandoverServerEditor.h"
#include "widgets/OfficerPicker.h"
#include "widgets/SaveGate.h"
#include "widgets/SignatoryPicker.h"
#include "widgets/ValidatedLineEdit.h"
#include "workflow/RequestWorkflow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kolokasi {

HandoverStepPage::HandoverStepPage(UiContext &context, QWidget *parent)
    : FormStepPage(context, stepPageTitle(StepPageKind::Handover), parent)
{
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("handoverDate"));
    m_dateInWords = new QLabel(this);
    m_dateInWords->setObjectName(QStringLiteral("handoverDateInWords"));
    form()->addRow(tr("Date:"), m_date);
    form()->addRow(tr("As printed:"), m_dateInWords);

    const auto nipField = [this](const char *name) {
        auto *nip = new ValidatedLineEdit(this);
        nip->setObjectName(QLatin1String(name));
        // A party typed here may be a PNS (NIP) or a PPPK (NI PPPK): either rule may accept.
        nip->setRule([](const QString &text) { return EmployeeNumber::validateEitherKind(text); });
        watch(nip);
        return nip;
    };
    m_giverUnit = new QLineEdit(this);
    m_giverUnit->setObjectName(QStringLiteral("giverUnit"));
    m_giverUnit->setReadOnly(true); // the requesting unit hands over; it is the request's
    m_giverUnit->setProperty("alwaysReadOnly", true);
    // The unit's responsible officer hands over: one of its officers, or a new one added here.
    m_giverName = new OfficerPicker(ui().db, this);
    m_giverName->setObjectName(QStringLiteral("giverName"));
    m_giverNip = nipField("giverNip");
    connect(m_giverName, &QComboBox::currentIndexChanged, this, &HandoverStepPage::showGiverNip);
    connect(m_giverName, &OfficerPicker::officerAdded, this, [this] {
        showGiverNip();
        markDirty();
    });
    body()->addWidget(makeSectionHeading(tr("Handed over by"), this));
    body()->addWidget(personFields(m_giverUnit, m_giverName, m_giverNip));

    body()->addWidget(makeSectionHeading(tr("Has handed over the following co-location"), this));
    auto *servers = new QWidget(this);
    m_serversLayout = new QVBoxLayout(servers);
    m_serversLayout->setContentsMargins(0, 0, 0, 0);
    m_serversLayout->setSpacing(12);
    body()->addWidget(servers);

    m_receiverUnit = new QLineEdit(this);
    m_receiverUnit->setObjectName(QStringLiteral("receiverUnit"));
    // The data centre's own officer receives: one of the agency's signatories, or one added.
    m_receiverName = new SignatoryPicker(ui().db, Signatory::kReceivingOfficer, this);
    m_receiverName->setObjectName(QStringLiteral("receiverName"));
    m_receiverNip = nipField("receiverNip");
    connect(m_receiverName, &QComboBox::currentIndexChanged, this,
            &HandoverStepPage::showReceiverNip);
    connect(m_receiverName, &SignatoryPicker::signatoryAdded, this, [this] {
        showReceiverNip();
        markDirty();
    });
    body()->addWidget(makeSectionHeading(tr("To"), this));
    body()->addWidget(personFields(m_receiverUnit, m_receiverName, m_receiverNip));
    body()->addStretch();

    mapField(FormField::kGiverName, m_giverName);
    mapField(FormField::kGiverNip, m_giverNip);
    mapField(FormField::kReceiverName, m_receiverName);
    mapField(FormField::kReceiverNip, m_receiverNip);
    saveGate()->addCheck([this] {
        for (const HandoverServerEditor *editor : m_servers) {
            if (const QString missing = editor->missingNote(); !missing.isEmpty())
                return missing;
        }
        return QString();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &HandoverStepPage::showDateInWords);
    trackChanges(this);
}

QWidget *HandoverStepPage::personFields(QLineEdit *unit, QWidget *name, ValidatedLineEdit *nip)
{
    auto *holder = new QWidget(this);
    auto *form = makeFormLayout(holder);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Unit name:"), unit);
    form->addRow(tr("Responsible officer:"), name);
    form->addRow(tr("NIP:"), nip);
    return holder;
}

void HandoverStepPage::showDateInWords()
{
    // Printed documents are Indonesian whatever the UI language: this is the printed line.
    m_dateInWords->setText(QStringLiteral("Pada hari ini, %1")
                               .arg(IndonesianText::handoverDateInWords(m_date->date())));
}

void HandoverStepPage::showGiverNip()
{
    if (const Officer *officer = m_giverName->officer())
        m_giverNip->setText(Nip::formatted(officer->nip));
}

void HandoverStepPage::showReceiverNip()
{
    if (const Signatory *signatory = m_receiverName->signatory())
        m_receiverNip->setText(Nip::formatted(signatory->nip));
}

void HandoverStepPage::fill(const RequestDossier &dossier)
{
    const bool done = dossier.handover.has_value();
    const Handover handover = done ? *dossier.handover : Handover{};
    m_date->setDate(done ? handover.handedOverAt.date() : ui().clock.today());
    showDateInWords();
    m_giverUnit->setText(dossier.unit.name);
    const qint64 officerId = dossier.officer ? dossier.officer->id : 0;
    m_giverName->load(dossier.unit.id, officerId, officerId);
    if (done)
        m_giverName->chooseText(handover.giverName);
    m_giverNip->setText(Nip::formatted(
        done ? handover.giverNip : (dossier.officer ? dossier.officer->nip : QString())));
    QString receiverUnit = handover.receiverUnit;
    QString receiverName = handover.receiverName;
    QString receiverNip = handover.receiverNip;
    if (!done) {
        SettingsService settings(ui().db);
        if (auto officer = settings.handoverReceiver(); officer.ok()) {
            receiverName = officer->name;
            receiverNip = officer->nip;
        }
        if (auto agency = settings.agencyProfile(); agency.ok())
            receiverUnit = agency->officeName;
    }
    m_receiverUnit->setText(receiverUnit);
    m_receiverName->load();
    m_receiverName->chooseText(receiverName);
    m_receiverNip->setText(Nip::formatted(receiverNip));

    qDeleteAll(m_servers);
    m_servers.clear();
    for (const PlacedServer &placed : dossier.servers) {
        auto *editor = new HandoverServerEditor(
            placed.server, QStringLiteral("server%1").arg(placed.server.position),
            m_serversLayout->parentWidget());
        connect(editor, &HandoverServerEditor::changed, this, [this] {
            saveGate()->update();
            markDirty();
        });
        m_serversLayout->addWidget(editor);
        m_servers.append(editor);
    }
    // The server rows are made after the receiver's fields: Tab still follows the form.
    QWidget *previous = m_giverNip->lineEdit();
    for (HandoverServerEditor *editor : std::as_const(m_servers)) {
        for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
            setTabOrder(previous, edit);
            previous = edit;
        }
    }
    for (QWidget *next :
         {static_cast<QWidget *>(m_receiverUnit), static_cast<QWidget *>(m_receiverName),
          static_cast<QWidget *>(m_receiverNip->lineEdit())}) {
        setTabOrder(previous, next);
        previous = next;
    }
    saveGate()->update();
    setEditable(!done);
}

// A delivered spec's cell of one server ("servers.2.ram").
QWidget *HandoverStepPage::serverCell(const QString &field) const
{
    const ServerFieldName cell = FormField::parseServer(field);
    for (HandoverServerEditor *editor : m_servers) {
        if (cell.position > 0 && editor->server().position == cell.position)
            return editor->fieldWidget(cell.name);
    }
    return nullptr;
}

Handover HandoverStepPage::input() const
{
    Handover handover;
    handover.handedOverAt = ui().clock.now();
    handover.handedOverAt.setDate(m_date->date());
    handover.giverName =
        m_giverName->currentId() != 0 ? m_giverName->currentText().trimmed() : QString();
    handover.giverNip = m_giverNip->text();
    handover.receiverUnit = m_receiverUnit->text().trimmed();
    handover.receiverName =
        m_receiverName->currentId() != 0 ? m_receiverName->currentText().trimmed() : QString();
    handover.receiverNip = m_receiverNip->text();
    for (const HandoverServerEditor *editor : m_servers)
        handover.servers.append({editor->server().id, editor->delivered()});
    return handover;
}

QList<Error> HandoverStepPage::problems() const
{
    return ui().workflow.validateHandover(requestId(), input());
}

Status HandoverStepPage::submit(bool *)
{
    return ui().workflow.handOver(requestId(), input());
}

} // namespace kolokasi
