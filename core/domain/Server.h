#pragma once

#include "ServerSpec.h"

#include <QString>

#include <optional>

namespace kolokasi {

/// One server of a request: a row of the handover table.
struct Server
{
    qint64 id = 0;
    qint64 requestId = 0;
    int position = 0; // 1..n within the request
    QString name;
    int rackUnits = 1;
    int powerW = 0;
    ServerSpec requested;
    std::optional<ServerSpec> delivered; // verified at step 8
    int rowVersion = 0;
};

} // namespace kolokasi
