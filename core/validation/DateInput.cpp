#include "DateInput.h"

namespace kolokasi {

Result<QDate> DateInput::parse(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("required"), tr("The date must be filled in."), field};
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("d-M-yyyy"), QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d.M.yyyy")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return Error{QStringLiteral("date_invalid"),
                 tr("%1 is not a calendar date (write it as 25-11-2026 or 2026-11-25).").arg(trimmed), field};
}

} // namespace kolokasi
