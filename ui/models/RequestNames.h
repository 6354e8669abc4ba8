#pragma once

#include "domain/Request.h"

#include <QCoreApplication>
#include <QString>

namespace kolokasi {

/// The words the screens show for a request's kind, service type and status.
class RequestNames
{
    Q_DECLARE_TR_FUNCTIONS(RequestNames)

public:
    static QString serviceType(ServiceType type);
    static QString status(RequestStatus status);
    static QString kind(RequestKind kind);
};

} // namespace kolokasi
