#pragma once

#include "domain/RequestSummary.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace kolokasi {

/// How a service-standard state shows: a word and a badge colour, the same in every list.
class ServiceStateBadge
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStateBadge)

public:
    /// "on time", "due soon", "overdue"; empty for a closed request.
    static QString word(ServiceState state);
    /// Green, amber, red; grey for a closed request.
    static QColor colour(ServiceState state);
};

} // namespace kolokasi
