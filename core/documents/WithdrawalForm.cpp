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
    // The SOP form has no decision box: its closing sentence, over the head's signature, is
    // the approval. A refused withdrawal says so in the same place instead.
    const bool refused = filled && w.approved == false;
    const QString closing =
        refused
            ? QStringLiteral("Permohonan pencabutan data center dan co-location tidak disetujui "
                             "oleh Kepala Bidang.")
            : QStringLiteral("Segala syarat dan ketentuan dalam pencabutan data center dan "
                             "co-location telah disetujui oleh Kepala Bidang.");
    const QList<SignatureBlock> signature{
        DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Tertanda,"))};
    writer.keepTogether(writer.paragraphHeight(reasons) + writer.closingHeight(closing, signature));
    writer.paragraph(reasons);
    writer.closing(closing, signature);
}

} // namespace kolokasi
