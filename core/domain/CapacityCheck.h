#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kolokasi {

/// One line of the step-3 capacity report: what the request needs of a resource and what is free.
struct CapacityCheckItem
{
    QString resource; // server, power, ups, genset, bandwidth, space, public_ip
    double needed = 0;
    double free = 0;
    bool available = false;
    QString note;
};

/// Step 3: the capacity check (cek kapasitas) and its report lines.
struct CapacityCheck
{
    qint64 requestId = 0;
    QDateTime checkedAt;
    QString checkedBy;
    bool available = false;
    QString note;
    QList<CapacityCheckItem> items;
    int rowVersion = 0;

    /// Whether every computed line says the resource is available.
    bool allItemsAvailable() const
    {
        for (const CapacityCheckItem &item : items) {
            if (!item.available)
                return false;
        }
        return true;
    }
};

} // namespace kolokasi
