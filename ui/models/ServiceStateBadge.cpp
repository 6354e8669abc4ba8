#include "ServiceStateBadge.h"

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
    switch (state) {
    case ServiceState::None:
        return QColor(0x9e, 0x9e, 0x9e);
    case ServiceState::OnTime:
        return QColor(0x2e, 0x7d, 0x32);
    case ServiceState::DueSoon:
        return QColor(0xef, 0x8f, 0x00);
    case ServiceState::Overdue:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace kolokasi
