#include "HandoverForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "text/IndonesianText.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
constexpr int kBlankServerRows = 3;

struct Party
{
    QString unit;
    QString name;
    QString nip;
    QString rank = {}; // pangkat/golongan where the party is one of the agency's signatories
};

// The pangkat/golongan of a party who is one of the agency's signatories (the data centre
// officer, most often), found by NIP, so serah terima prints it like the other documents.
QString rankOf(const PrintedDocument &doc, const QString &nip)
{
    const QString digits = QString(nip).remove(QLatin1Char(' '));
    if (digits.isEmpty())
        return {};
    for (const Signatory *signatory :
         {&doc.dataCentreOfficer, &doc.headOfDivision, &doc.headOfOffice})
        if (QString(signatory->nip).remove(QLatin1Char(' ')) == digits)
            return signatory->rank;
    return {};
}

QList<TableColumn> serverColumns()
{
    const QString spec = QStringLiteral("Spesifikasi Server");
    return {{QStringLiteral("No"), 0.5, true, {}},
            {QStringLiteral("Nama Server"), 1.6, false, {}},
            {QStringLiteral("Prosesor"), 1.6, false, spec},
            {QStringLiteral("RAM"), 1, false, spec},
            {QStringLiteral("Motherboard"), 1.5, false, spec},
            {QStringLiteral("Storage"), 1.3, false, spec},
            {QStringLiteral("PSU"), 1, false, spec}};
}

// Hosting: what the data centre provides to the unit, per application server.
QList<TableColumn> hostingColumns()
{
    const QString resources = QStringLiteral("Sumber Daya");
    return {{QStringLiteral("No"), 0.5, true, {}},
            {QStringLiteral("Nama Server"), 1.5, false, {}},
            {QStringLiteral("Nama Domain"), 2.2, false, {}},
            {QStringLiteral("Prosesor"), 1, false, resources},
            {QStringLiteral("RAM"), 0.9, false, resources},
            {QStringLiteral("Storage"), 1, false, resources},
            {QStringLiteral("Letak Server"), 1.8, false, {}}};
}

// What was handed over: the delivered spec, the requested one until it was verified.
const ServerSpec &specOf(const Server &server)
{
    return server.delivered ? *server.delivered : server.requested;
}

QString dash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("-") : text;
}

QList<QStringList> serverRows(const PrintedDocument &doc, bool filled)
{
    QList<QStringList> rows;
    if (!filled) {
        for (int i = 1; i <= kBlankServerRows; ++i)
            rows.append({QString::number(i), QStringLiteral("\n")});
        return rows;
    }
    for (const Server &server : doc.dossier->servers) {
        const ServerSpec &spec = specOf(server);
        rows.append({QString::number(server.position), server.name, dash(spec.processor),
                     dash(spec.ram), dash(spec.motherboard), dash(spec.storage), dash(spec.psu)});
    }
    return rows;
}

QList<QStringList> hostingRows(const PrintDossier &dossier)
{
    QList<QStringList> rows;
    for (const Server &server : dossier.servers) {
        const ServerSpec &spec = specOf(server);
        QString domain;
        QString where;
        for (const DossierPlacement &p : dossier.placements) {
            if (p.serverId == server.id) {
                domain = p.domain;
                QStringList parts{p.noc, DocumentParts::location(p)};
                parts.removeAll(QString());
                where = parts.join(QStringLiteral(", "));
            }
        }
        rows.append({QString::number(server.position), server.name, dash(domain),
                     dash(spec.processor), dash(spec.ram), dash(spec.storage), dash(where)});
    }
    return rows;
}

QString differenceNotes(const PrintDossier &dossier)
{
    QStringList notes;
    for (const Server &server : dossier.servers) {
        if (server.delivered && !server.delivered->mismatchNote.trimmed().isEmpty())
            notes.append(QStringLiteral("%1: %2").arg(server.name, server.delivered->mismatchNote));
    }
    return notes.join(QStringLiteral("; "));
}

QList<FieldRow> partyRows(const Party &party, bool filled)
{
    const auto value = [filled](const QString &text) {
        return filled ? TextRun::valueOrDash(text) : TextRun::valueOrDots(text);
    };
    return {{QStringLiteral("Nama Unit"), {value(party.unit)}},
            {QStringLiteral("Penanggung Jawab"), {value(party.name)}},
            {QStringLiteral("NIP"),
             {value(party.nip.isEmpty() ? party.nip : Nip::formatted(party.nip))}}};
}

TextRuns opening(const Handover &handover, bool filled)
{
    if (!filled)
        return {TextRun::words(QStringLiteral("Pada hari ini,")), TextRun::dots(45),
                TextRun::words(QStringLiteral("Tanggal,")), TextRun::dots(45)};
    const QDate day = DocumentParts::dayOf(handover.handedOverAt);
    return {TextRun::words(QStringLiteral("Pada hari ini, %1 (%2),")
                               .arg(IndonesianText::handoverDateInWords(day),
                                    day.toString(QStringLiteral("dd-MM-yyyy"))))};
}
} // namespace

void HandoverForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->handover;
    const Handover h = filled ? *doc.dossier->handover : Handover{};
    // Co-location: the unit hands its servers to the data centre. Hosting: the data centre
    // hands the unit its application's servers, domain and resources, so the parties turn round.
    const bool hosting = filled && doc.dossier->request.serviceType == ServiceType::Hosting;
    const Party unit{filled ? doc.dossier->unit.name : QString(), h.giverName, h.giverNip,
                     filled ? rankOf(doc, h.giverNip) : QString()};
    const Party dataCentre{h.receiverUnit, h.receiverName, h.receiverNip,
                           filled ? rankOf(doc, h.receiverNip) : QString()};
    const Party &giver = hosting ? dataCentre : unit;
    const Party &receiver = hosting ? unit : dataCentre;
    writer.title(QStringLiteral("FORM. SERAH TERIMA CO-LOCATION SERVER DAN HOSTING APLIKASI"),
                 doc.number);
    writer.paragraph(opening(h, filled));
    writer.space(2);
    writer.fields(partyRows(giver, filled));
    writer.space(2);
    writer.paragraph(
        hosting ? QStringLiteral("Telah menyerahkan layanan hosting aplikasi sebagai berikut :")
                : QStringLiteral("Telah menyerahkan co-location sebagai berikut :"));
    writer.space(2);
    if (hosting)
        writer.table(hostingColumns(), hostingRows(*doc.dossier));
    else
        writer.table(serverColumns(), serverRows(doc, filled));
    if (const QString notes = filled ? differenceNotes(*doc.dossier) : QString();
        !notes.isEmpty()) {
        writer.space(2);
        writer.paragraph(
            QStringLiteral("Catatan perbedaan spesifikasi yang diterima: %1").arg(notes));
    }
    const QString closing =
        QStringLiteral("Demikian formulir serah terima ini dibuat dengan kondisi sebenarnya.");
    const QList<SignatureBlock> signatures{
        {{QString(), QStringLiteral("Yang Menyerahkan,")}, giver.name, giver.nip, true, giver.rank},
        {{DocumentParts::placeAndDate(doc), QStringLiteral("Yang Menerima,")},
         receiver.name,
         receiver.nip,
         true,
         receiver.rank}};
    // "Kepada" and the receiver stay on the page of the signatures.
    writer.space(4);
    writer.keepTogether(writer.paragraphHeight(QStringLiteral("Kepada :")) +
                        writer.fieldsHeight(partyRows(receiver, filled)) +
                        writer.closingHeight(closing, signatures));
    writer.paragraph(QStringLiteral("Kepada :"));
    writer.fields(partyRows(receiver, filled));
    writer.closing(closing, signatures);
}

} // namespace kolokasi
