#pragma once

#include "Request.h"

#include <QDate>
#include <QString>

namespace kolokasi {

enum class AssetStatus { Active, Withdrawn };

QString toStorage(AssetStatus status);
bool fromStorage(const QString &text, AssetStatus *status);

/// A row of the asset register (aset register): one installed server or hosting.
struct Asset
{
    qint64 id = 0;
    QString registerNumber;
    qint64 placementId = 0;
    qint64 requestId = 0;
    qint64 unitId = 0;
    qint64 officerId = 0;
    ServiceType serviceType = ServiceType::Colocation;
    QDate installedOn;
    bool permanent = true;
    QDate validUntil;
    AssetStatus status = AssetStatus::Active;
    QDate withdrawnOn;
    qint64 withdrawalRequestId = 0;
    QDate lastReviewedOn;
    QString note;
    int rowVersion = 0;
};

} // namespace kolokasi
