#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// Errors every repository reports the same way.
class StoreErrors
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrors)

public:
    /// "No <what> with number <id>.", code not_found.
    static Error notFound(const QString &what, qint64 id);
    /// "Another admin changed this <what> meanwhile; reload it and try again.", code stale:
    /// an update whose row_version no longer matches.
    static Error stale(const QString &what);
    /// "<What> <name> is retired and can no longer be changed.", code retired.
    static Error retired(const QString &what, const QString &name);
};

} // namespace kolokasi
