#include "Asset.h"

#include "EnumNames.h"

namespace kolokasi {

namespace {
constexpr std::array<std::pair<AssetStatus, const char *>, 2> kStatuses{{
        {AssetStatus::Active, "active"}, {AssetStatus::Withdrawn, "withdrawn"}}};
} // namespace

QString toStorage(AssetStatus status) { return enumnames::nameOf(kStatuses, status); }
bool fromStorage(const QString &text, AssetStatus *status) { return enumnames::valueOf(kStatuses, text, status); }

} // namespace kolokasi
