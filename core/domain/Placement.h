#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kolokasi {

/// reserved: approved, awaiting handover; active: installed; released: freed by a withdrawal.
enum class PlacementStatus { Reserved, Active, Released };

QString toStorage(PlacementStatus status);
bool fromStorage(const QString &text, PlacementStatus *status);

/// Where one server is (or was): the stored form of an approval block.
struct Placement
{
    qint64 id = 0;
    qint64 serverId = 0;
    qint64 nocId = 0;
    qint64 rackId = 0; // 0: not in a rack
    int firstU = 0;
    int heightU = 0;
    QString locationNote;
    QString domain;
    QString serialNumber;
    QString typeBrand;
    QString hostAdminUser;
    PlacementStatus status = PlacementStatus::Reserved;
    QString overrideNote;
    QDateTime createdAt;
    QDateTime releasedAt;
    QStringList ipAddresses; // the live (or, once released, the last) addresses
    int rowVersion = 0;

    int lastU() const { return firstU + heightU - 1; }
    bool isLive() const { return status != PlacementStatus::Released; }
};

} // namespace kolokasi
