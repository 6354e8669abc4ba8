#include "StoreErrors.h"

namespace kolokasi {

Error StoreErrors::notFound(const QString &what, qint64 id)
{
    return {QStringLiteral("not_found"), tr("No %1 with number %2.").arg(what).arg(id), QString()};
}

} // namespace kolokasi
