#pragma once

#include "domain/RequestSummary.h"

#include <QBrush>
#include <QColor>
#include <QString>

namespace kolokasi {

/// The states UI.md's "States and colour" table names, and the step in progress.
enum class PaletteState
{
    OnTime,       // green: Tepat waktu (also: a check that matches, capacity available)
    DueSoon,      // amber: Segera jatuh tempo (also: a delivered spec that differs)
    Overdue,      // red: Terlambat (also: not available, a mismatch)
    Closed,       // grey: Selesai, Ditolak, Dibatalkan, Dicabut (also: still to do)
    RackActive,   // blue block: a server in its rack
    RackReserved, // hatched: Dipesan (approved, not installed)
    RackExpired,  // red outline: Kedaluwarsa
    Current       // blue: the step in progress on the timeline
};

/// The one palette of state colours for every list, badge, timeline and rack drawing (UI.md).
/// Never colour alone: each use shows the state's word or mark beside it.
class StatePalette
{
public:
    /// The state's own colour: a badge, a bar, an outline, a block, a word in that colour.
    static QColor colour(PaletteState state);
    /// A light background in the state's hue, for a cell or a box.
    static QColor tint(PaletteState state);
    /// Dark text in the state's hue, readable on its tint.
    static QColor ink(PaletteState state);
    /// How a block in that state is filled: hatched for reserved, solid otherwise.
    static QBrush fill(PaletteState state);
    /// The service-standard state's colour (None: a closed request, grey).
    static QColor colour(ServiceState state);
    /// `colour` as "#rrggbb" for style sheets and rich text.
    static QString css(const QColor &colour) { return colour.name(); }
};

} // namespace kolokasi
