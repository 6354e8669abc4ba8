#include "CompletionReport.h"

#include "DocumentParts.h"
#include "LetterParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

void CompletionReport::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const PrintDossier &dossier = *doc.dossier;
    LetterParts::opening(
        writer, doc,
        QStringLiteral("Laporan Penyelesaian Co-location Server dan Hosting Aplikasi"));
    const QDate handedOver = DocumentParts::dayOf(dossier.handover->handedOverAt);
    writer.paragraph(
        QStringLiteral(
            "%1, dengan ini kami laporkan bahwa server dan hosting aplikasi Saudara telah "
            "selesai dipasang di Data Center dan dapat diakses. Serah terima telah "
            "dilaksanakan pada tanggal %2 dengan rincian sebagai berikut:")
            .arg(LetterParts::referenceToRequest(doc), DocumentParts::date(handedOver)));
    // An outgoing letter to the head of another office is signed on the head of office's
    // behalf (a.n.). SOP step 9: "melaporkan kepada pengguna dengan tembusan kepada Kepala
    // Bidang": the head of division receives the copy.
    const QString closing =
        QStringLiteral("Demikian laporan ini kami sampaikan. Atas perhatian dan kerja samanya kami "
                       "ucapkan terima kasih.");
    const QList<SignatureBlock> signature{LetterParts::onBehalfOfHeadOfOffice(doc)};
    // A tembusan names the position, not the person or how the post is held.
    const QStringList copies{doc.headOfDivision.position.trimmed().isEmpty()
                                 ? QStringLiteral("Kepala Bidang")
                                 : doc.headOfDivision.position.trimmed()};
    LetterParts::placementTable(writer, dossier, false,
                                writer.closingHeight(closing, signature) +
                                    writer.copiesHeight(copies));
    writer.closing(closing, signature);
    writer.copies(copies);
}

} // namespace kolokasi
