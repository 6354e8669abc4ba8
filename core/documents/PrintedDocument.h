#pragma once

#include "DocumentKind.h"
#include "PaperSize.h"
#include "RegisterFilter.h"
#include "RegisterLines.h"
#include "domain/AgencyProfile.h"
#include "domain/PrintDossier.h"
#include "domain/RackElevation.h"
#include "domain/RegisterEntry.h"
#include "domain/Signatory.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kolokasi {

struct ReviewProgress;

/// Everything one printout shows, gathered before drawing: the renderer only lays it out,
/// so a print preview can draw it again and again (a register reads its lines a slice at a
/// time while drawing, and never writes).
struct PrintedDocument
{
    DocumentKind kind = DocumentKind::Application;
    Paper paper = Paper::A4;
    bool blank = false; // the empty form with dotted lines
    QString number;     // nomor surat; empty on blank forms and unissued previews
    QDate date;         // the date the document carries
    AgencyProfile agency;
    Signatory headOfOffice;      // Kepala Dinas
    Signatory headOfDivision;    // Kepala Bidang
    Signatory dataCentreOfficer; // Personil DC
    std::optional<PrintDossier> dossier;
    QString hostAdminPassword; // typed at print time, never stored
    QString remoteAccess;      // how units reach their servers (setting documents/remote_access)
    RegisterLines registerLines;
    RegisterFilter registerFilter;
    QList<RackElevation> racks;
    std::shared_ptr<const ReviewProgress> review; // peninjauan: the review and its findings
    /// The settings pages still to fill before it may be signed ("Instansi", "Penandatangan",
    /// "Penomoran"); a preview then prints marked incomplete, printing is refused.
    QStringList incomplete;
};

} // namespace kolokasi
