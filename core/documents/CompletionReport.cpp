#include "CompletionReport.h"

#include "DocumentParts.h"
#include "LetterParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
QList<QStringList> placementRows(const RequestDossier &dossier)
{
    QList<QStringList> rows;
    int number = 0;
    for (const DossierPlacement &p : dossier.placements) {
        rows.append({QString::number(++number), p.serverName, p.domain, p.ipAddresses.join(QStringLiteral(", ")),
                     QStringList{p.noc, DocumentParts::location(p)}.join(QStringLiteral(", "))});
    }
    return rows;
}
} // namespace

void CompletionReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const RequestDossier &dossier = *doc.dossier;
    LetterParts::opening(writer, doc, QStringLiteral("Laporan Penyelesaian Co-location Server dan Hosting Aplikasi"));
    const QDate handedOver = DocumentParts::dayOf(dossier.handover->handedOverAt);
    writer.paragraph(QStringLiteral("%1, dengan ini kami laporkan bahwa server dan hosting aplikasi Saudara telah "
                                    "selesai dipasang di Data Center dan dapat diakses. Serah terima telah "
                                    "dilaksanakan pada tanggal %2 dengan rincian sebagai berikut:")
                             .arg(LetterParts::referenceToRequest(doc), DocumentParts::date(handedOver)));
    writer.space(2);
    writer.table({{QStringLiteral("No"), 0.5, true, {}},
                  {QStringLiteral("Nama Server"), 1.4, false, {}},
                  {QStringLiteral("Nama Domain"), 2.6, false, {}},
                  {QStringLiteral("Alamat IP"), 1.2, false, {}},
                  {QStringLiteral("Letak Server"), 1.8, false, {}}},
                 placementRows(dossier));
    if (const auto report = dossier.report(9); report && !report->note.isEmpty())
        LetterParts::closing(writer, QStringLiteral("Catatan: %1").arg(report->note));
    // The tembusan stays with the signature.
    writer.keepTogether(4 * writer.paragraphHeight({TextRun::words(QStringLiteral("Tembusan"))})
                        + writer.signaturesHeight({DocumentParts::signature({{}}, doc.dataCentreOfficer, false)}));
    writer.closing(QStringLiteral("Demikian laporan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan "
                                  "terima kasih."),
                   {DocumentParts::signature({DocumentParts::dataCentreOfficerTitle(doc)}, doc.dataCentreOfficer, false)});
    writer.space(4);
    writer.paragraph({TextRun::words(QStringLiteral("Tembusan :"), true)});
    writer.paragraph(QStringLiteral("1. Yth. %1 (sebagai laporan).").arg(DocumentParts::headOfDivisionTitle(doc)));
}

} // namespace kolokasi
