#include "RequestNames.h"

namespace kolokasi {

QString RequestNames::serviceType(ServiceType type)
{
    return type == ServiceType::Hosting ? tr("Hosting") : tr("Co-location");
}

QString RequestNames::status(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Open:
        return tr("Open");
    case RequestStatus::Completed:
        return tr("Completed");
    case RequestStatus::ClosedNoCapacity:
        return tr("Closed: no capacity");
    case RequestStatus::ClosedRejected:
        return tr("Closed: rejected");
    case RequestStatus::ClosedCancelled:
        return tr("Closed: cancelled");
    }
    return {};
}

QString RequestNames::kind(RequestKind kind)
{
    return kind == RequestKind::Withdrawal ? tr("Withdrawal") : tr("Placement");
}

} // namespace kolokasi
