#pragma once

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A requesting government unit (OPD / SKPD: dinas, badan, kecamatan, RSUD...).
struct Unit
{
    qint64 id = 0;
    QString name;
    QString shortName; // short code, e.g. Dinkes
    QString address;
    QString phone;
    QString email;
    int rowVersion = 0;
    QDateTime retiredAt{}; // invalid while in service
    // The head's title letters are addressed to; empty: UnitHeadTitle::defaultFor(name).
    QString headTitle{};

    bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace kolokasi
