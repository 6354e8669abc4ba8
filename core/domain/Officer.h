#pragma once

#include "EmployeeKind.h"

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A named person of a unit, e.g. the responsible officer (penanggung jawab).
struct Officer
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString nip; // NIP or PPPK number (by `kind`): 18 digits, stored without spaces
    QString position;
    QString phone;
    QString email;
    int rowVersion = 0;
    EmployeeKind kind = EmployeeKind::Pns;
    QDateTime retiredAt{}; // invalid while in service

    bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace kolokasi
