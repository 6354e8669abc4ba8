#pragma once

#include "domain/SopStep.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kolokasi {

/// Co-location (the unit's own server in a rack) or hosting (the app on a DC server).
enum class ServiceType { Colocation, Hosting };

/// A placement request, or a withdrawal (pencabutan) of an installed asset.
enum class RequestKind { Placement, Withdrawal };

enum class RequestStatus { Open, Completed, ClosedNoCapacity, ClosedRejected, ClosedCancelled };

QString toStorage(ServiceType type);
QString toStorage(RequestKind kind);
QString toStorage(RequestStatus status);
bool fromStorage(const QString &text, ServiceType *type);
bool fromStorage(const QString &text, RequestKind *kind);
bool fromStorage(const QString &text, RequestStatus *status);

/// What a request needs from the data centre (checked at step 3).
struct ResourceNeeds
{
    int rackUnits = 0;
    int powerW = 0;
    int bandwidthMbps = 0;
    int publicIps = 0;
};

/// One case (permohonan), from the unit's letter to completion.
struct Request
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Placement;
    ServiceType serviceType = ServiceType::Colocation;
    qint64 unitId = 0;
    QString letterNumber;
    QDate letterDate;
    QString subject;
    QDateTime receivedAt;
    SopStep step = SopStep::RequestLetter; // the last SOP step done
    RequestStatus status = RequestStatus::Open;
    ResourceNeeds needs;
    QDateTime closedAt;
    QString closeReason;
    QString createdBy;
    int rowVersion = 0;
};

} // namespace kolokasi
