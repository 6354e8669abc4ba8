#include "Request.h"

#include "EnumNames.h"

namespace kolokasi {

namespace {
using enumnames::nameOf;
using enumnames::valueOf;

constexpr std::array<std::pair<ServiceType, const char *>, 2> kServiceTypes{{
        {ServiceType::Colocation, "colocation"}, {ServiceType::Hosting, "hosting"}}};
constexpr std::array<std::pair<RequestKind, const char *>, 2> kKinds{{
        {RequestKind::Placement, "placement"}, {RequestKind::Withdrawal, "withdrawal"}}};
constexpr std::array<std::pair<RequestStatus, const char *>, 5> kStatuses{{
        {RequestStatus::Open, "open"},
        {RequestStatus::Completed, "completed"},
        {RequestStatus::ClosedNoCapacity, "closed_no_capacity"},
        {RequestStatus::ClosedRejected, "closed_rejected"},
        {RequestStatus::ClosedCancelled, "closed_cancelled"}}};
} // namespace

QString toStorage(ServiceType type) { return nameOf(kServiceTypes, type); }
QString toStorage(RequestKind kind) { return nameOf(kKinds, kind); }
QString toStorage(RequestStatus status) { return nameOf(kStatuses, status); }
bool fromStorage(const QString &text, ServiceType *type) { return valueOf(kServiceTypes, text, type); }
bool fromStorage(const QString &text, RequestKind *kind) { return valueOf(kKinds, text, kind); }
bool fromStorage(const QString &text, RequestStatus *status) { return valueOf(kStatuses, text, status); }

} // namespace kolokasi
