#include "ApplicationForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"
#include "validation/Nip.h"

namespace kolokasi {

namespace {
TextRuns validity(const DossierApplication &a, bool blank)
{
    TextRuns runs{TextRun::box(!blank && a.permanent), TextRun::words(QStringLiteral("Permanen /")),
                  TextRun::box(!blank && !a.permanent),
                  TextRun::words(QStringLiteral("Tidak permanen"))};
    if (blank)
        runs.append(TextRun::dots(35));
    else if (a.permanent || !a.validUntil.isValid())
        runs.append(TextRun::words(QStringLiteral("-")));
    else
        runs.append(
            TextRun::words(QStringLiteral("s.d. %1").arg(DocumentParts::date(a.validUntil))));
    return runs;
}

QString nipText(const QString &nip)
{
    return nip.isEmpty() ? QString() : Nip::formatted(nip);
}

// The SOP form carries "Telah menyetujui" over the head's signature, for him to sign when he
// approves. A record that says otherwise prints what it says.
QString headOfDivisionWording(const PrintedDocument &doc, bool filled)
{
    if (!filled)
        return QStringLiteral("Telah menyetujui");
    const PrintDossier &dossier = *doc.dossier;
    if (dossier.approval)
        return dossier.approval->approved ? QStringLiteral("Telah menyetujui")
                                          : QStringLiteral("Telah menolak");
    return dossier.request.status == RequestStatus::Open ? QStringLiteral("Telah menyetujui")
                                                         : QStringLiteral("Mengetahui,");
}
} // namespace

void ApplicationForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->application;
    const DossierApplication a = filled ? *doc.dossier->application : DossierApplication{};
    const QString unitName = filled ? doc.dossier->unit.name : QString();
    // A filled form prints "-" where nothing was recorded; the blank one has dots to write on.
    const auto value = [filled](const QString &text) {
        return filled ? TextRun::valueOrDash(text) : TextRun::valueOrDots(text);
    };
    writer.title(QStringLiteral("FORM. PENGAJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"),
                 doc.number);
    // The address gets a second dotted line on the blank form, as in the SOP.
    const TextRuns address =
        filled ? TextRuns{value(a.unitAddress)} : DocumentParts::dottedLines(2);
    const QString closing = QStringLiteral("(*) Beri tanda X pada pilihan yang sesuai.");
    const QList<SignatureBlock> signature{
        DocumentParts::headOfDivisionSignature(doc, headOfDivisionWording(doc, filled))};
    writer.fields(
        {
            {QStringLiteral("Nama Unit"), {value(unitName)}},
            {QStringLiteral("Penanggung Jawab"), {value(a.officerName)}},
            {QStringLiteral("NIP"), {value(nipText(a.officerNip))}},
            {QStringLiteral("Alamat Unit"), address},
            {QStringLiteral("Kontak Number"), {value(a.contactPhone)}},
            {QStringLiteral("Nama Domain"), {value(a.domain)}},
            {QStringLiteral("Tanggal Aktif Domain"),
             {value(DocumentParts::date(a.domainActiveDate))}},
            {QStringLiteral("(*)Masa Berlaku\nCo-location"), validity(a, !filled)},
        },
        0, writer.closingHeight(closing, signature));
    writer.closing(closing, signature);
}

} // namespace kolokasi
