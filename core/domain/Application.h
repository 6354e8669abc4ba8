#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kolokasi {

/// Step 4: the PENGAJUAN form (form pengajuan co-location server dan hosting aplikasi).
/// The unit name comes from the request's unit, name and NIP from the officer.
struct Application
{
    qint64 requestId = 0;
    qint64 officerId = 0; // penanggung jawab
    QString unitAddress;
    QString contactPhone;
    QString domain;
    QDate domainActiveDate;
    bool permanent = true; // masa berlaku: permanen, or until validUntil
    QDate validUntil;
    QDateTime filledAt;
    int rowVersion = 0;
};

} // namespace kolokasi
