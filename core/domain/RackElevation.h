#pragma once

#include <QList>
#include <QString>

namespace kolokasi {

/// A server occupying rack units, as drawn on a rack elevation.
struct RackSlot
{
    int firstU = 0;
    int heightU = 0;
    QString serverName;
    QString unitName;
    QString domain;
    QString status; // reserved or active
};

/// One rack and what sits in it, for the printed rack elevation (tampak depan rak).
struct RackElevation
{
    QString noc;
    QString rack;
    int heightU = 42;
    int powerBudgetW = 0;
    QList<RackSlot> occupants;
};

} // namespace kolokasi
