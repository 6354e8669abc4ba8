#pragma once

#include "EmployeeKind.h"

#include <QString>

namespace kolokasi {

/// One of the agency's own signing officers, by role.
struct Signatory
{
    static inline const QString kHeadOfOffice = QStringLiteral("kepala_dinas");     // Kepala Dinas
    static inline const QString kHeadOfDivision = QStringLiteral("kepala_bidang");  // Kepala Bidang
    static inline const QString kDataCentreOfficer = QStringLiteral("petugas_dc"); // Personil DC
    // Petugas penerima: receives the servers at the serah terima, if not the DC officer.
    static inline const QString kReceivingOfficer = QStringLiteral("petugas_penerima");

    QString role;
    QString name;
    QString nip; // digits only
    QString position; // as printed under the signature, e.g. "Kepala Bidang Teknologi Informatika"
    QString rank = {};   // pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)"; empty: not printed
    QString acting = {}; // "Plt." (pelaksana tugas) or "Plh." (pelaksana harian) before the position; else empty
    int rowVersion = 0;  // as read from the store; 0: not saved yet
    /// PNS: `nip` is a NIP; PPPK: an NI PPPK (each checked by its own rule).
    EmployeeKind kind = EmployeeKind::Pns;

    /// The position as printed: "Plt. Kepala Bidang ..." when acting.
    QString signedPosition() const { return acting.isEmpty() ? position : acting + QLatin1Char(' ') + position; }
};

} // namespace kolokasi
