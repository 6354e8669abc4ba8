#include "CompletionReport.h"

#include "DocumentParts.h"
#include "LetterParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

void CompletionReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const PrintDossier &dossier = *doc.dossier;
    LetterParts::opening(writer, doc, QStringLiteral("Laporan Penyelesaian Co-location Server dan Hosting Aplikasi"));
    const QDate handedOver = DocumentParts::dayOf(dossier.handover->handedOverAt);
    writer.paragraph(QStringLiteral("%1, dengan ini kami laporkan bahwa server dan hosting aplikasi Saudara telah "
                                    "selesai dipasang di Data Center dan dapat diakses. Serah terima telah "
                                    "dilaksanakan pada tanggal %2 dengan rincian sebagai berikut:")
                             .arg(LetterParts::referenceToRequest(doc), DocumentParts::date(handedOver)));
    LetterParts::placementTable(writer, dossier, false);
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
