#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kolokasi {

/// A server occupying rack units, as drawn on a rack elevation (printed and on screen).
struct RackSlot
{
    int firstU = 0;
    int heightU = 0;
    QString serverName;
    QString unitName;
    QString domain;
    QString status; // reserved or active
    qint64 placementId = 0;
    qint64 requestId = 0;
    qint64 assetId = 0; // 0 while reserved (no asset before the handover)
    // Initialised here so the printout's positional initialisers of the first six stay valid.
    QString registerNumber{}; // empty while reserved
    QDate validUntil{};       // invalid when permanent
    int powerW = 0;

    int lastU() const { return firstU + heightU - 1; }
    bool reserved() const { return status == QLatin1String("reserved"); }
    /// The validity ended before `today` (a permanent placement never expires).
    bool expiredOn(const QDate &today) const { return validUntil.isValid() && validUntil < today; }
};

/// One rack and what sits in it, for the rack elevation (tampak depan rak).
struct RackElevation
{
    QString noc;
    QString rack;
    int heightU = 42;
    int powerBudgetW = 0;
    QList<RackSlot> occupants; // top first
    qint64 rackId = 0;
    // The Rak page reads a rack's totals first and its occupants when it comes into view: until
    // then `occupants` is empty and the totals are these.
    bool occupantsRead = true;
    int knownUsedU = 0;
    int knownUsedPowerW = 0;

    int usedU() const
    {
        if (!occupantsRead)
            return knownUsedU;
        int used = 0;
        for (const RackSlot &slot : occupants)
            used += slot.heightU;
        return used;
    }
    int usedPowerW() const
    {
        if (!occupantsRead)
            return knownUsedPowerW;
        int used = 0;
        for (const RackSlot &slot : occupants)
            used += slot.powerW;
        return used;
    }
};

} // namespace kolokasi
