#pragma once

#include "DocumentWriter.h"
#include "domain/Request.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kolokasi {

struct DossierPlacement;
struct PrintedDocument;
struct Signatory;

/// Pieces several documents print the same way: values as the forms write them, the
/// placement block of the approval and withdrawal forms, the usual signature places.
class DocumentParts
{
public:
    /// The calendar day of a stored instant, in the office's (the computer's) time zone.
    static QDate dayOf(const QDateTime &instant);
    /// "25 November 2026", or empty for no date.
    static QString date(const QDate &day);
    /// "Rak A1, U10–U11 (note)" or the location note alone when there is no rack.
    static QString location(const DossierPlacement &placement);
    static QString serviceName(ServiceType type);
    /// "1.500" (Indonesian digit grouping), decimals only when there are some.
    static QString number(double value);

    /// "Sumber, 25 November 2026" (dots for the date on a blank form).
    static QString placeAndDate(const PrintedDocument &doc);
    /// A signature place for an agency signatory under the given heading lines.
    static SignatureBlock signature(const QStringList &heading, const Signatory &signatory,
                                    bool blank);
    /// The Kepala Bidang's place: place and date, `greeting` ("Tertanda,"), title, name, NIP.
    static SignatureBlock headOfDivisionSignature(const PrintedDocument &doc,
                                                  const QString &greeting);
    /// `count` lines of dots to write on by hand.
    static TextRuns dottedLines(int count);
    /// "Mengetahui, Kepala Bidang" on the left, the DC officer (under place and date and an
    /// optional greeting such as "Pemeriksa,") on the right.
    static QList<SignatureBlock> officerWithHeadAcknowledging(const PrintedDocument &doc,
                                                              const QString &greeting);
    /// The DC officer's position, else "Personil Data Center".
    static QString dataCentreOfficerTitle(const PrintedDocument &doc);
    /// "Kepala Bidang ..." from the signatory's position, else "Kepala Bidang".
    static QString headOfDivisionTitle(const PrintedDocument &doc);

    /// The approval's and withdrawal's per-server block: "Data Center" (hosting) or
    /// "Co – Location" with its fields. `hostAdmin` adds the Host Admin and IP rows.
    static void placementBlock(DocumentWriter &writer, ServiceType type,
                               const DossierPlacement &placement, bool hostAdmin,
                               const QString &password, bool struck = false);
    /// Both blocks of a filled form: the service's block once per placement, the other one
    /// struck through with "-" (both struck when there is no placement, e.g. a rejection).
    /// The last block stays on the page of the `keepLastWith` height that follows it.
    static void placementBlocks(DocumentWriter &writer, ServiceType type,
                                const QList<DossierPlacement> &placements, bool hostAdmin,
                                const QString &password, double keepLastWith);
    /// A placement recorded as not used: its values print "-".
    static DossierPlacement unusedPlacement();
    /// The height placementBlock() will take (to keep the last block with the signature).
    static double placementBlockHeight(DocumentWriter &writer, ServiceType type,
                                       const DossierPlacement &placement, bool hostAdmin,
                                       const QString &password);
    /// Both blocks empty, as on the SOP's blank forms.
    static void blankPlacementBlocks(DocumentWriter &writer, bool hostAdmin);
};

} // namespace kolokasi
