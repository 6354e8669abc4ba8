#pragma once

#include <QList>

namespace kolokasi {

/// A run of free, contiguous units in a rack, from firstU upwards.
struct FreeGap
{
    int firstU = 0;
    int length = 0;
};

/// A run of units in use: [firstU, firstU + heightU - 1].
struct UsedSpan
{
    int firstU = 0;
    int heightU = 0;
};

/// Rack-unit arithmetic (units are numbered 1 at the bottom to heightU at the top).
class RackSpace
{
public:
    /// The free gaps of a rack `heightU` high with `used` spans, lowest first.
    static QList<FreeGap> freeGaps(int heightU, QList<UsedSpan> used);
    /// Whether two unit ranges share at least one unit.
    static bool overlaps(const UsedSpan &a, const UsedSpan &b);
    /// The smallest gap at least `units` long (lowest on a tie), or -1 if none fits.
    static int bestFitIndex(const QList<FreeGap> &gaps, int units);
};

} // namespace kolokasi
