#pragma once

#include "domain/EmployeeKind.h"

#include <QCoreApplication>

namespace kolokasi {

/// The words the screens use for units and officers, in one place.
class PeopleNames
{
    Q_DECLARE_TR_FUNCTIONS(PeopleNames)

public:
    /// "Retired" (Dipensiunkan): a unit or officer taken out of the pickers.
    static QString retired();
    /// "PNS" or "PPPK".
    static QString kind(EmployeeKind kind);
    /// The name of the number a kind carries: "NIP" or "NI PPPK".
    static QString numberName(EmployeeKind kind);
};

} // namespace kolokasi
