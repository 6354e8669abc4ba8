#pragma once

#include <QString>

namespace kolokasi {

/// A rack in a NOC: units are numbered 1 (bottom) to heightU (top).
struct Rack
{
    static constexpr int kDefaultHeightU = 42;

    qint64 id = 0;
    qint64 nocId = 0;
    QString name;
    int heightU = kDefaultHeightU;
    int powerBudgetW = 0;
    int rowVersion = 0;
};

} // namespace kolokasi
