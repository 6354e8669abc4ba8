#pragma once

#include <QByteArray>
#include <QString>

namespace kolokasi {

/// The agency that runs the data centre, as its letterhead (kop surat) shows it.
/// Every agency is different: all of this comes from settings, never from code.
struct AgencyProfile
{
    QString governmentName; // PEMERINTAH KABUPATEN CIREBON
    QString officeName;     // DINAS KOMUNIKASI DAN INFORMATIKA
    QString divisionName;   // BIDANG TEKNOLOGI INFORMATIKA
    QString address;        // Jln. Sunan Drajat No.15
    QString phone;          // (0231) 8330580
    QString email;
    QString website;
    QString place;          // Sumber: the place on the place-and-date line
    QByteArray logoPng;     // the regional coat of arms, PNG bytes; empty: no logo
};

} // namespace kolokasi
