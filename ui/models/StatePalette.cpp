#include "StatePalette.h"

namespace kolokasi {

namespace {
struct Shades
{
    QColor colour;
    QColor tint;
    QColor ink;
};

Shades shadesOf(PaletteState state)
{
    switch (state) {
    case PaletteState::OnTime:
        return {QColor(0x2e, 0x7d, 0x32), QColor(0xe8, 0xf5, 0xe9), QColor(0x14, 0x5a, 0x32)};
    case PaletteState::DueSoon:
        return {QColor(0xef, 0x8f, 0x00), QColor(0xfd, 0xeb, 0xd0), QColor(0x7e, 0x51, 0x09)};
    case PaletteState::Overdue:
    case PaletteState::RackExpired:
        return {QColor(0xc6, 0x28, 0x28), QColor(0xff, 0xeb, 0xee), QColor(0x78, 0x28, 0x1f)};
    case PaletteState::Closed:
        return {QColor(0x9e, 0x9e, 0x9e), QColor(0xee, 0xee, 0xee), QColor(0x61, 0x61, 0x61)};
    case PaletteState::RackActive:
        return {QColor(0x2f, 0x6f, 0xb0), QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x3c, 0x6e)};
    case PaletteState::RackReserved:
        return {QColor(0x6f, 0x8f, 0xb8), QColor(0xe8, 0xef, 0xf7), QColor(0x0d, 0x3c, 0x6e)};
    case PaletteState::Current:
        return {QColor(0x15, 0x65, 0xc0), QColor(0xe3, 0xf2, 0xfd), QColor(0x0d, 0x3c, 0x6e)};
    }
    return {};
}
} // namespace

QColor StatePalette::colour(PaletteState state)
{
    return shadesOf(state).colour;
}

QColor StatePalette::tint(PaletteState state)
{
    return shadesOf(state).tint;
}

QColor StatePalette::ink(PaletteState state)
{
    return shadesOf(state).ink;
}

QBrush StatePalette::fill(PaletteState state)
{
    return QBrush(colour(state),
                  state == PaletteState::RackReserved ? Qt::BDiagPattern : Qt::SolidPattern);
}

QColor StatePalette::colour(ServiceState state)
{
    switch (state) {
    case ServiceState::None:
        return colour(PaletteState::Closed);
    case ServiceState::OnTime:
        return colour(PaletteState::OnTime);
    case ServiceState::DueSoon:
        return colour(PaletteState::DueSoon);
    case ServiceState::Overdue:
        return colour(PaletteState::Overdue);
    }
    return {};
}

} // namespace kolokasi
