#pragma once

#include <QString>

namespace kolokasi {

struct Unit;

/// The title of a unit's head (jabatan kepala unit), to whom letters to the unit are addressed.
class UnitHeadTitle
{
public:
    /// The usual title for a unit of this name: "Kecamatan Sumber" -> "Camat Sumber", "RSUD
    /// Waled" -> "Direktur RSUD Waled", "Sekretariat Daerah" -> "Sekretaris Daerah",
    /// "Inspektorat Daerah" -> "Inspektur Daerah", "Kelurahan X" -> "Lurah X", any other
    /// (dinas, badan, kantor...) -> "Kepala " + name. Empty name: empty title.
    static QString defaultFor(const QString &unitName);
    /// The title stored on the unit, else defaultFor() its name.
    static QString of(const Unit &unit);
};

} // namespace kolokasi
