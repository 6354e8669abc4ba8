#include "EmployeeKind.h"

#include "EnumNames.h"

namespace kolokasi {

namespace {
constexpr std::array<std::pair<EmployeeKind, const char *>, 2> kKinds{
    {{EmployeeKind::Pns, "pns"}, {EmployeeKind::Pppk, "pppk"}}};
} // namespace

QString toStorage(EmployeeKind kind)
{
    return enumnames::nameOf(kKinds, kind);
}
bool fromStorage(const QString &text, EmployeeKind *kind)
{
    return enumnames::valueOf(kKinds, text, kind);
}

} // namespace kolokasi
