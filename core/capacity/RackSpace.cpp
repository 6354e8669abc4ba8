#include "RackSpace.h"

#include <algorithm>

namespace kolokasi {

QList<FreeGap> RackSpace::freeGaps(int heightU, QList<UsedSpan> used)
{
    std::sort(used.begin(), used.end(), [](const UsedSpan &a, const UsedSpan &b) { return a.firstU < b.firstU; });
    QList<FreeGap> gaps;
    int next = 1; // the lowest unit not yet known to be taken
    for (const UsedSpan &span : used) {
        if (span.firstU > next)
            gaps.append({next, span.firstU - next});
        next = std::max(next, span.firstU + span.heightU);
    }
    if (next <= heightU)
        gaps.append({next, heightU - next + 1});
    return gaps;
}

bool RackSpace::overlaps(const UsedSpan &a, const UsedSpan &b)
{
    return a.firstU < b.firstU + b.heightU && b.firstU < a.firstU + a.heightU;
}

int RackSpace::bestFitIndex(const QList<FreeGap> &gaps, int units)
{
    int best = -1;
    for (int i = 0; i < gaps.size(); ++i) {
        if (gaps[i].length >= units && (best < 0 || gaps[i].length < gaps[best].length))
            best = i;
    }
    return best;
}

} // namespace kolokasi
