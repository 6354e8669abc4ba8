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
};

} // namespace kolokasi
