#pragma once

#include "DocumentWriter.h"

#include <QString>

namespace kolokasi {

struct PrintedDocument;
struct PrintDossier;

/// The parts of an official letter (surat dinas) to the requesting unit: date line,
/// Nomor / Sifat / Lampiran / Perihal, the addressee, the closing and the signature.
class LetterParts
{
public:
    static void opening(DocumentWriter &writer, const PrintedDocument &doc, const QString &subject);
    /// "Menindaklanjuti surat Saudara Nomor ... tanggal ... perihal ..." (or without the letter).
    static QString referenceToRequest(const PrintedDocument &doc);
    /// The request's servers with domain, IP and location (and the host admin account when
    /// `withAccount`), one table row each, as the reply letter lists them.
    static void placementTable(DocumentWriter &writer, const PrintDossier &dossier,
                               bool withAccount, double keepWithLastRow = 0);
    static void closing(DocumentWriter &writer, const QString &text);
    /// "a.n. Kepala Dinas ..." over the Kepala Bidang's signature.
    static SignatureBlock onBehalfOfHeadOfOffice(const PrintedDocument &doc);
    /// The head of office's position from settings, else "Kepala <office name>".
    static QString headOfOfficeTitle(const PrintedDocument &doc);
};

} // namespace kolokasi
