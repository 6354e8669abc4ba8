#pragma once

#include <QString>

namespace kolokasi::stored {

/// "%text%" (lower case) for `LOWER(column) LIKE :p ESCAPE '\'`, with the wildcards of the
/// search text taken literally.
inline QString containsPattern(const QString &text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace kolokasi::stored
