#include "HandoverForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "text/IndonesianText.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
constexpr int kBlankServerRows = 3;

QList<TableColumn> serverColumns()
{
    const QString spec = QStringLiteral("Spesifikasi Server");
    return {{QStringLiteral("No"), 0.5, true, {}},      {QStringLiteral("Nama Server"), 1.6, false, {}},
            {QStringLiteral("Prosesor"), 1.6, false, spec}, {QStringLiteral("RAM"), 1, false, spec},
            {QStringLiteral("Motherboard"), 1.5, false, spec}, {QStringLiteral("Storage"), 1.3, false, spec},
            {QStringLiteral("PSU"), 1, false, spec}};
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
        // What was handed over: the delivered spec, the requested one until it was verified.
        const ServerSpec &spec = server.delivered ? *server.delivered : server.requested;
        rows.append({QString::number(server.position), server.name, spec.processor, spec.ram, spec.motherboard,
                     spec.storage, spec.psu});
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

QList<FieldRow> partyRows(const QString &unit, const QString &name, const QString &nip)
{
    return {{QStringLiteral("Nama Unit"), {TextRun::valueOrDots(unit)}},
            {QStringLiteral("Penanggung Jawab"), {TextRun::valueOrDots(name)}},
            {QStringLiteral("NIP"), {TextRun::valueOrDots(nip.isEmpty() ? nip : Nip::formatted(nip))}}};
}

TextRuns opening(const Handover &handover, bool filled)
{
    if (!filled)
        return {TextRun::words(QStringLiteral("Pada hari ini,")), TextRun::dots(45),
                TextRun::words(QStringLiteral("Tanggal,")), TextRun::dots(45)};
    const QDate day = DocumentParts::dayOf(handover.handedOverAt);
    return {TextRun::words(QStringLiteral("Pada hari ini, %1 (%2),")
                                   .arg(IndonesianText::handoverDateInWords(day), day.toString(QStringLiteral("dd-MM-yyyy"))))};
}
} // namespace

void HandoverForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->handover;
    const Handover h = filled ? *doc.dossier->handover : Handover{};
    writer.title(QStringLiteral("FORM. SERAH TERIMA CO-LOCATION SERVER DAN HOSTING APLIKASI"), doc.number);
    writer.paragraph(opening(h, filled));
    writer.space(2);
    writer.fields(partyRows(filled ? doc.dossier->unit.name : QString(), h.giverName, h.giverNip));
    writer.space(2);
    writer.paragraph(QStringLiteral("Telah menyerahkan co-location sebagai berikut :"));
    writer.space(2);
    writer.table(serverColumns(), serverRows(doc, filled));
    if (const QString notes = filled ? differenceNotes(*doc.dossier) : QString(); !notes.isEmpty()) {
        writer.space(2);
        writer.paragraph(QStringLiteral("Catatan perbedaan spesifikasi yang diterima: %1").arg(notes));
    }
    writer.space(4);
    writer.paragraph(QStringLiteral("Kepada :"));
    writer.fields(partyRows(h.receiverUnit, h.receiverName, h.receiverNip));
    writer.closing(QStringLiteral("Demikian formulir serah terima ini dibuat dengan kondisi sebenarnya."),
                   {{{QString(), QStringLiteral("Yang Menyerahkan,")}, h.giverName, h.giverNip, true},
                       {{DocumentParts::placeAndDate(doc), QStringLiteral("Yang Menerima,")}, h.receiverName,
                        h.receiverNip, true}});
}

} // namespace kolokasi
