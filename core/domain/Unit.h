#pragma once

#include <QString>

namespace kolokasi {

/// A requesting government unit (OPD / SKPD: dinas, badan, kecamatan, RSUD...).
struct Unit
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString address;
    QString phone;
    QString email;
    int rowVersion = 0;
};

} // namespace kolokasi
