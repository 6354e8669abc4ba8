#pragma once

#include "TextInput.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// The "must be filled in" rule shared by every form and repository.
class Required
{
    Q_DECLARE_TR_FUNCTIONS(Required)

public:
    /// Success if `value` has non-blank text that passes TextInput's rule (one line of at most
    /// TextInput::kLineLimit characters, or for `Multi` lines at most kNoteLimit); else an
    /// error naming `label` for `field`.
    static Status text(const QString &value, const QString &field, const QString &label,
                       TextInput::Lines lines = TextInput::Lines::Single);
    /// Success if `id` refers to a record (> 0); else an error naming `label` for `field`.
    static Status reference(qint64 id, const QString &field, const QString &label);
};

} // namespace kolokasi
