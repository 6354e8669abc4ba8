#include "ServiceStateBadge.h"

#include "StatePalette.h"

namespace kolokasi {

QString ServiceStateBadge::word(ServiceState state)
{
    switch (state) {
    case ServiceState::None:
        return {};
    case ServiceState::OnTime:
        return tr("on time");
    case ServiceState::DueSoon:
        return tr("due soon");
    case ServiceState::Overdue:
        return tr("overdue");
    }
    return {};
}

QColor ServiceStateBadge::colour(ServiceState state)
{
    return StatePalette::colour(state);
}

} // namespace kolokasi
