#include "NotificationLetter.h"

#include "DocumentParts.h"
#include "LetterParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
constexpr double kDetailIndentMm = 6;
} // namespace

void NotificationLetter::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const PrintDossier &dossier = *doc.dossier;
    const QString service = DocumentParts::serviceName(dossier.request.serviceType).toLower();
    LetterParts::opening(writer, doc,
                         QStringLiteral("Persetujuan Co-location Server dan Hosting Aplikasi"));
    writer.paragraph(
        QStringLiteral("%1, dengan ini kami sampaikan bahwa permohonan %2 Saudara telah disetujui "
                       "dengan rincian sebagai berikut:")
            .arg(LetterParts::referenceToRequest(doc), service));
    LetterParts::placementTable(writer, dossier, true);
    // How the data centre gives remote access is the same for every server (a setting; dots
    // to write it in by hand when it is not set). Passwords are never printed here.
    writer.space(3);
    writer.fields(
        {{QStringLiteral("Akses Remote"), {TextRun::valueOrDots(doc.remoteAccess)}},
         {QStringLiteral("Kata Sandi"), {TextRun::words(QStringLiteral("disampaikan terpisah"))}}},
        kDetailIndentMm);
    const QString next =
        QStringLiteral("Selanjutnya Saudara dapat membawa perangkat server dengan OS, perangkat "
                       "lunak, dan aplikasi pendukung "
                       "sesuai dengan spesifikasi ke Data Center kami untuk verifikasi, penempatan "
                       "dan instalasi, disertai "
                       "penanggung jawab yang akan menandatangani berita acara serah terima.");
    const QString closing = QStringLiteral(
        "Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kerja samanya "
        "kami ucapkan terima kasih.");
    const QList<SignatureBlock> signature{LetterParts::onBehalfOfHeadOfOffice(doc)};
    // The last paragraph of the letter stays with its closing and signature.
    writer.space(3);
    writer.keepTogether(writer.paragraphHeight(next) + writer.closingHeight(closing, signature));
    writer.paragraph(next);
    writer.closing(closing, signature);
}

} // namespace kolokasi
