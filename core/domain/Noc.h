#pragma once

#include <QString>

namespace kolokasi {

/// A server room (NOC) where racks stand.
struct Noc
{
    qint64 id = 0;
    QString name;
    QString location;
    int rowVersion = 0;
};

} // namespace kolokasi
