#include "ApplicationForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
TextRuns validity(const DossierApplication &a, bool blank)
{
    TextRuns runs{TextRun::box(!blank && a.permanent), TextRun::words(QStringLiteral("Permanen /")),
                  TextRun::box(!blank && !a.permanent), TextRun::words(QStringLiteral("Tidak permanen"))};
    if (blank || a.permanent || !a.validUntil.isValid())
        runs.append(TextRun::dots(35));
    else
        runs.append(TextRun::words(QStringLiteral("s.d. %1").arg(DocumentParts::date(a.validUntil))));
    return runs;
}

QString nipText(const QString &nip)
{
    return nip.isEmpty() ? QString() : Nip::formatted(nip);
}
} // namespace

void ApplicationForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->application;
    const DossierApplication a = filled ? *doc.dossier->application : DossierApplication{};
    const QString unitName = filled ? doc.dossier->unit.name : QString();
    writer.title(QStringLiteral("FORM. PENGAJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"), doc.number);
    // The address gets a second dotted line on the blank form, as in the SOP.
    const TextRuns address = filled ? TextRuns{TextRun::words(a.unitAddress)}
                                     : DocumentParts::dottedLines(2);
    writer.fields({
            {QStringLiteral("Nama Unit"), {TextRun::valueOrDots(unitName)}},
            {QStringLiteral("Penanggung Jawab"), {TextRun::valueOrDots(a.officerName)}},
            {QStringLiteral("NIP"), {TextRun::valueOrDots(nipText(a.officerNip))}},
            {QStringLiteral("Alamat Unit"), address},
            {QStringLiteral("Kontak Number"), {TextRun::valueOrDots(a.contactPhone)}},
            {QStringLiteral("Nama Domain"), {TextRun::valueOrDots(a.domain)}},
            {QStringLiteral("Tanggal Aktif Domain"), {TextRun::valueOrDots(DocumentParts::date(a.domainActiveDate))}},
            {QStringLiteral("(*)Masa Berlaku\nCo-location"), validity(a, !filled)},
    });
    writer.closing(QStringLiteral("(*) Beri tanda X pada pilihan yang sesuai."),
                   {DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Telah menyetujui"))});
}

} // namespace kolokasi
