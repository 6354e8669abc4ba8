#include "PaperSize.h"

#include <QSizeF>

namespace kolokasi {

QPageSize pageSizeOf(Paper paper)
{
    if (paper == Paper::F4)
        return QPageSize(QSizeF(215.0, 330.0), QPageSize::Millimeter, QStringLiteral("F4"), QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

std::optional<Paper> paperFromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("A4"))
        return Paper::A4;
    if (upper == QLatin1String("F4"))
        return Paper::F4;
    return std::nullopt;
}

QString nameOf(Paper paper)
{
    return paper == Paper::F4 ? QStringLiteral("F4") : QStringLiteral("A4");
}

} // namespace kolokasi
