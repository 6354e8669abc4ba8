#include "ApprovalForm.h"

#include "DocumentParts.h"
#include "PrintedDocument.h"

namespace kolokasi {

namespace {
// A filled form prints "-" where nothing was recorded; the blank one has dots to write on.
TextRun valueOf(const QString &text, bool filled)
{
    return filled ? TextRun::valueOrDash(text) : TextRun::valueOrDots(text);
}

TextRuns decision(const std::optional<Approval> &approval, bool filled)
{
    const bool approved = approval && approval->approved;
    const bool rejected = approval && !approval->approved;
    TextRuns runs{TextRun::words(QStringLiteral("Telah (")), TextRun::box(approved),
                  TextRun::words(QStringLiteral("menyetujui")), TextRun::box(rejected)};
    // A filled form without a place (a rejection, mostly) ends the sentence at "co-location":
    // "di -" reads as a place left out.
    const QString location = approval ? approval->location.trimmed() : QString();
    if (filled && location.isEmpty())
        return runs << TextRun::words(QStringLiteral("menolak ) permohonan co-location"));
    return runs << TextRun::words(QStringLiteral("menolak ) permohonan co-location di"))
                << valueOf(location, filled);
}

TextRuns reasons(const std::optional<Approval> &approval, bool filled)
{
    TextRuns runs{TextRun::words(QStringLiteral("dengan pertimbangan"))};
    if (filled)
        return runs << valueOf(approval ? approval->reasons : QString(), true);
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
} // namespace

void ApprovalForm::write(DocumentWriter &writer, const PrintedDocument &doc)
{
    const bool filled = !doc.blank && doc.dossier;
    const std::optional<Approval> approval = filled ? doc.dossier->approval : std::nullopt;
    writer.title(QStringLiteral("FORM. PERSETUJUAN CO-LOCATION SERVER DAN HOSTING APLIKASI"),
                 doc.number);
    writer.fields({{QStringLiteral("Nama Domain"),
                    {valueOf(filled ? domainOf(*doc.dossier) : QString(), filled)}}});
    writer.space(2);
    writer.paragraph(decision(approval, filled));
    writer.paragraph(reasons(approval, filled));
    writer.space(2);
    writer.paragraph(QStringLiteral("( Diisi jika telah disetujui)"));
    const SignatureBlock signature =
        DocumentParts::headOfDivisionSignature(doc, QStringLiteral("Tertanda,"));
    if (!filled) {
        DocumentParts::blankPlacementBlocks(writer, true);
    } else {
        const bool approved = approval && approval->approved;
        // Dots to write the password by hand while the request is open; on a closed record
        // it was handed over apart from the form.
        const QString password =
            !doc.hostAdminPassword.isEmpty() || doc.dossier->request.status == RequestStatus::Open
                ? doc.hostAdminPassword
                : QStringLiteral("disampaikan terpisah");
        DocumentParts::placementBlocks(writer, doc.dossier->request.serviceType,
                                       approved ? doc.dossier->placements
                                                : QList<DossierPlacement>{},
                                       true, password, writer.signaturesHeight({signature}));
    }
    writer.signatures({signature});
}

} // namespace kolokasi
