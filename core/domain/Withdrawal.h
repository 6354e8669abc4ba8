#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kolokasi {

/// The PENCABUTAN details of a request of kind withdrawal: which asset and why.
struct Withdrawal
{
    qint64 requestId = 0;
    qint64 assetId = 0;
    QString reasons; // pertimbangan
    std::optional<bool> approved; // empty until the head of division decides
    QString decidedBy;
    QDateTime decidedAt;
    QDateTime completedAt;
    int rowVersion = 0;
};

} // namespace kolokasi
