#include "WithdrawalForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

void WithdrawalForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier && doc.dossier->withdrawal;
    const DossierWithdrawal w = filled ? *doc.dossier->withdrawal : DossierWithdrawal{};
    writer.title(QStringLiteral("FORM. PENCABUTAN CO-LOCATION"), doc.number);
    writer.fields({{QStringLiteral("Nama Domain"), {TextRun::valueOrDots(w.placement.domain)}}});
    writer.space(2);
    const QString who = filled ? QStringLiteral("%1 telah").arg(doc.dossier->unit.name) : QStringLiteral("Telah");
    writer.paragraph(QStringLiteral("%1 mengajukan permohonan penarikan co-location").arg(who));
    if (filled)
        DocumentParts::placementBlock(writer, w.serviceType, w.placement, false, {});
    else
        DocumentParts::blankPlacementBlocks(writer, false);
    writer.space(2);
    TextRuns reasons{TextRun::words(QStringLiteral("dengan pertimbangan"))};
    if (filled)
        reasons.append(TextRun::words(w.reasons));
    else
        reasons << DocumentParts::dottedLines(3);
    writer.paragraph(reasons);
    writer.closing(QStringLiteral("Segala syarat dan ketentuan dalam pencabutan data center dan co-location "
                                  "telah disetujui oleh Kepala Bidang."),
                   {DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Tertanda,"))});
}

} // namespace kolokasi
