#pragma once

#include <QDateTime>
#include <QString>

namespace kolokasi {

/// A server room (NOC) where racks stand.
struct Noc
{
    qint64 id = 0;
    QString name;
    QString location;
    int rowVersion = 0;
    /// When it left service (dipensiunkan); invalid while in service. History still names it.
    QDateTime retiredAt;

    bool isRetired() const { return retiredAt.isValid(); }
};

} // namespace kolokasi
