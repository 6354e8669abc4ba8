#include "PeopleNames.h"

namespace kolokasi {

QString PeopleNames::retired()
{
    return tr("Retired");
}

QString PeopleNames::kind(EmployeeKind kind)
{
    return kind == EmployeeKind::Pppk ? tr("PPPK") : tr("PNS");
}

QString PeopleNames::numberName(EmployeeKind kind)
{
    return kind == EmployeeKind::Pppk ? tr("NI PPPK") : tr("NIP");
}

} // namespace kolokasi
