#include "Placement.h"

#include "EnumNames.h"

namespace kolokasi {

namespace {
constexpr std::array<std::pair<PlacementStatus, const char *>, 3> kStatuses{{
        {PlacementStatus::Reserved, "reserved"},
        {PlacementStatus::Active, "active"},
        {PlacementStatus::Released, "released"}}};
} // namespace

QString toStorage(PlacementStatus status) { return enumnames::nameOf(kStatuses, status); }
bool fromStorage(const QString &text, PlacementStatus *status) { return enumnames::valueOf(kStatuses, text, status); }

} // namespace kolokasi
