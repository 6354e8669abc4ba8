#include "WithdrawalForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

void WithdrawalForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->withdrawal;
    const DossierWithdrawal w = filled ? *doc.dossier->withdrawal : DossierWithdrawal{};
    writer.title(QStringLiteral("FORM. PENCABUTAN CO-LOCATION"), doc.number);
    writer.fields({{QStringLiteral("Nama Domain"),
                    {filled ? TextRun::valueOrDash(w.placement.domain)
                            : TextRun::valueOrDots(w.placement.domain)}}});
    writer.space(2);
    const QString who =
        filled ? QStringLiteral("%1 telah").arg(doc.dossier->unit.name) : QStringLiteral("Telah");
    writer.paragraph(QStringLiteral("%1 mengajukan permohonan penarikan co-location").arg(who));
    if (filled)
        DocumentParts::placementBlocks(writer, w.serviceType, {w.placement}, false, {}, 0);
    else
        DocumentParts::blankPlacementBlocks(writer, false);
    writer.space(2);
    TextRuns reasons{TextRun::words(QStringLiteral("dengan pertimbangan"))};
    if (filled)
        reasons.append(TextRun::valueOrDash(w.reasons));
    else
        reasons << DocumentParts::dottedLines(3);
    // The form's own closing sentence stays; the boxes say what the head decided (both empty
    // until he has).
    const TextRuns decision{
        TextRun::words(QStringLiteral("Keputusan Kepala Bidang :")),
        TextRun::box(filled && w.approved == true), TextRun::words(QStringLiteral("disetujui")),
        TextRun::box(filled && w.approved == false), TextRun::words(QStringLiteral("ditolak"))};
    const QString closing =
        QStringLiteral("Segala syarat dan ketentuan dalam pencabutan data center dan co-location "
                       "telah disetujui oleh Kepala Bidang.");
    const QList<SignatureBlock> signature{
        DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Tertanda,"))};
    writer.keepTogether(writer.paragraphHeight(reasons) + writer.spaceHeight(2) +
                        writer.paragraphHeight(decision) +
                        writer.closingHeight(closing, signature));
    writer.paragraph(reasons);
    writer.space(2);
    writer.paragraph(decision);
    writer.closing(closing, signature);
}

} // namespace kolokasi
