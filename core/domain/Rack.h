#pragma once

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A rack in a NOC: units are numbered 1 (bottom) to heightU (top).
struct Rack
{
    static constexpr int kDefaultHeightU = 42;
    static constexpr int kMaxHeightU = 60;

    qint64 id = 0;
    qint64 nocId = 0;
    QString name;
    int heightU = kDefaultHeightU;
    int powerBudgetW = 0;
    int rowVersion = 0;
    /// Where it stands in the room (row / position, e.g. "Baris A-3"); may be empty.
    QString position;
    /// When it left service (dipensiunkan); invalid while in service. History still names it.
    QDateTime retiredAt;

    bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace kolokasi
