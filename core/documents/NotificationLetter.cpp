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
    // An account is listed (and its password said to come apart) only where one was given:
    // a hosted application often has none.
    bool anyAccount = false;
    for (const DossierPlacement &p : dossier.placements)
        anyAccount = anyAccount || !p.hostAdminUser.trimmed().isEmpty();
    LetterParts::placementTable(writer, dossier, anyAccount);
    // How the data centre gives remote access is the same for every server (a setting; dots
    // to write it in by hand when it is not set). Passwords are never printed here.
    writer.space(3);
    QList<FieldRow> access{
        {QStringLiteral("Akses Remote"), {TextRun::valueOrDots(doc.remoteAccess)}}};
    if (anyAccount)
        access.append({QStringLiteral("Kata Sandi"),
                       {TextRun::words(QStringLiteral("disampaikan terpisah"))}});
    writer.fields(access, kDetailIndentMm);
    // SOP step 7 differs by service: for co-location the unit brings its server with OS and
    // software and hands it over; for hosting the application runs on the data centre's
    // server, so the unit sends the application and its data, and no server changes hands.
    const QString next =
        dossier.request.serviceType == ServiceType::Hosting
            ? QStringLiteral("Selanjutnya Saudara dapat menyampaikan aplikasi beserta datanya "
                             "(berkas aplikasi, basis data, dan daftar perangkat lunak pendukung "
                             "yang dibutuhkan) kepada Tim Data Center kami untuk dipasang pada "
                             "server Data Center sesuai rincian di atas. Pengelolaan aplikasi "
                             "oleh Saudara dilakukan melalui akses yang kami berikan tersebut.")
            : QStringLiteral(
                  "Selanjutnya Saudara dapat membawa perangkat server dengan OS, perangkat lunak, "
                  "dan aplikasi pendukung sesuai dengan spesifikasi ke Data Center kami untuk "
                  "verifikasi, penempatan dan instalasi, disertai penanggung jawab yang akan "
                  "menandatangani berita acara serah terima.");
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
