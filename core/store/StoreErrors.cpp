#include "StoreErrors.h"

namespace kolokasi {

Error StoreErrors::notFound(const QString &what, qint64 id)
{
    return {QStringLiteral("not_found"), tr("No %1 with number %2.").arg(what).arg(id), QString()};
}

Error StoreErrors::stale(const QString &what)
{
    return {QStringLiteral("stale"),
            tr("Another admin changed this %1 meanwhile; reload it and try again.").arg(what),
            QString()};
}

Error StoreErrors::retired(const QString &what, const QString &name)
{
    return {QStringLiteral("retired"),
            tr("The %1 %2 is retired and can no longer be changed.").arg(what, name), QString()};
}

} // namespace kolokasi
