#include "Required.h"

namespace kolokasi {

Status Required::text(const QString &value, const QString &field, const QString &label,
                      TextInput::Lines lines)
{
    if (value.trimmed().isEmpty())
        return Error{QStringLiteral("required"), tr("%1 must be filled in.").arg(label), field};
    return TextInput::check(value, field, label, lines,
                            lines == TextInput::Lines::Single ? TextInput::kLineLimit
                                                              : TextInput::kNoteLimit);
}

Status Required::reference(qint64 id, const QString &field, const QString &label)
{
    if (id <= 0)
        return Error{QStringLiteral("required"), tr("Choose the %1.").arg(label), field};
    return {};
}

} // namespace kolokasi
