#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kolokasi {

/// The printed documents of the procedure. Their names are the command line's and the
/// document numbering's doc types.
enum class DocumentKind {
    Application,   // pengajuan: form pengajuan (step 4)
    Approval,      // persetujuan: form persetujuan (step 5)
    Handover,      // serah-terima: form / berita acara serah terima (step 8)
    Withdrawal,    // pencabutan: form pencabutan
    CapacityReport,   // kapasitas: step-3 report
    Notification,     // pemberitahuan: step-6 letter to the unit
    CompletionReport, // laporan-selesai: step-9 report, tembusan Kepala Bidang
    Register,      // register: the asset register list
    RackView,      // rak: rack elevation
    ReviewReport,  // peninjauan: the report of a yearly review of the register
};

/// "pengajuan", "persetujuan", "serah-terima", ...
QString nameOf(DocumentKind kind);
std::optional<DocumentKind> documentKindFromName(const QString &name);
QList<DocumentKind> allDocumentKinds();
/// The four SOP forms, the only ones with a blank version.
bool isForm(DocumentKind kind);
/// Whether the document belongs to one request (all but register, rak and peninjauan).
bool belongsToRequest(DocumentKind kind);

} // namespace kolokasi
