#pragma once

#include "DocumentWriter.h"

#include <QString>

namespace kolokasi {

struct PrintedDocument;
struct DossierPlacement;

/// The parts of an official letter (surat dinas) to the requesting unit: date line,
/// Nomor / Sifat / Lampiran / Perihal, the addressee, the closing and the signature.
class LetterParts
{
public:
    static void opening(DocumentWriter &writer, const PrintedDocument &doc, const QString &subject);
    /// "Menindaklanjuti surat Saudara Nomor ... tanggal ... perihal ..." (or without the letter).
    static QString referenceToRequest(const PrintedDocument &doc);
    /// Server, domain, IP, location rows of one placement, as the reply letter lists them.
    static QList<FieldRow> placementRows(const DossierPlacement &placement);
    static void closing(DocumentWriter &writer, const QString &text);
    /// "a.n. Kepala Dinas ..." over the Kepala Bidang's signature.
    static SignatureBlock onBehalfOfHeadOfOffice(const PrintedDocument &doc);
};

} // namespace kolokasi
