#include "ApprovalForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
TextRuns decision(const std::optional<Approval> &approval)
{
    const bool approved = approval && approval->approved;
    const bool rejected = approval && !approval->approved;
    return {TextRun::words(QStringLiteral("Telah (")), TextRun::box(approved), TextRun::words(QStringLiteral("menyetujui")),
            TextRun::box(rejected), TextRun::words(QStringLiteral("menolak ) permohonan co-location di")),
            TextRun::valueOrDots(approval ? approval->location : QString())};
}

TextRuns reasons(const std::optional<Approval> &approval)
{
    TextRuns runs{TextRun::words(QStringLiteral("dengan pertimbangan"))};
    if (approval && !approval->reasons.trimmed().isEmpty())
        return runs << TextRun::words(approval->reasons);
    return runs << DocumentParts::dottedLines(2);
}

QString domainOf(const PrintDossier &dossier)
{
    if (dossier.application)
        return dossier.application->domain;
    QStringList domains;
    for (const DossierPlacement &p : dossier.placements)
        domains.append(p.domain);
    return domains.join(QStringLiteral(", "));
}

void placementBlocks(DocumentWriter &writer, const PrintedDocument &doc, const SignatureBlock &signature)
{
    const PrintDossier &dossier = *doc.dossier;
    QList<DossierPlacement> placements = dossier.placements;
    if (placements.isEmpty())
        placements.append(DossierPlacement{});
    for (const DossierPlacement &placement : placements) {
        // The last block goes on the page of the signature.
        if (&placement == &placements.last())
            writer.keepTogether(writer.captionHeight()
                                + DocumentParts::placementBlockHeight(writer, dossier.request.serviceType, placement, true)
                                + writer.signaturesHeight({signature}));
        if (placements.size() > 1)
            writer.caption(QStringLiteral("Server: %1").arg(placement.serverName));
        DocumentParts::placementBlock(writer, dossier.request.serviceType, placement, true, doc.hostAdminPassword);
    }
}
} // namespace

void ApprovalForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier;
    const std::optional<Approval> approval = filled ? doc.dossier->approval : std::nullopt;
    writer.title(QStringLiteral("FORM. PERSETUJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"), doc.number);
    writer.fields({{QStringLiteral("Nama Domain"), {TextRun::valueOrDots(filled ? domainOf(*doc.dossier) : QString())}}});
    writer.space(2);
    writer.paragraph(decision(approval));
    writer.paragraph(reasons(approval));
    writer.space(2);
    writer.paragraph(QStringLiteral("( Diisi jika telah disetujui)"));
    const SignatureBlock signature = DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Tertanda,"));
    if (!filled)
        DocumentParts::blankPlacementBlocks(writer, true);
    else if (approval && approval->approved)
        placementBlocks(writer, doc, signature);
    writer.signatures({signature});
}

} // namespace kolokasi
