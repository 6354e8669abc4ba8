#pragma once

#include "PlacementBlock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kolokasi {

/// Step 5: the PERSETUJUAN form. The head of division approves or rejects with reasons
/// (pertimbangan); on approval each server gets its placement block.
struct Approval
{
    qint64 requestId = 0;
    bool approved = false;
    QString location; // "permohonan co-location di ..."
    QString reasons;
    QString decidedBy;
    QDateTime decidedAt;
    QList<PlacementBlock> blocks; // input only; stored as placements
    int rowVersion = 0;
};

} // namespace kolokasi
