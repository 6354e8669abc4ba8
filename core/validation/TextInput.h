#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// The rule for free text typed in a form or read from an imported sheet, in one place: no
/// character that would garble a printout or a terminal (C0 and C1 controls, DEL, bidi
/// overrides and isolates U+202A-U+202E and U+2066-U+2069; in a single-line field also line
/// breaks and tabs), and no more than a stated number of characters.
class TextInput
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)

public:
    /// The limit of a single-line field (a name, a number, an address line).
    static constexpr int kLineLimit = 250;
    /// The limit of a multi-line field (reasons, notes).
    static constexpr int kNoteLimit = 4000;

    enum class Lines
    {
        Single,
        Multi, // line feeds allowed
    };

    /// Success if `value` holds none of the refused characters and at most `maxLength`
    /// characters; else an error naming `label` (and the character, or the limit) for `field`.
    static Status check(const QString &value, const QString &field, const QString &label,
                        Lines lines = Lines::Single, int maxLength = kLineLimit);
    /// The first refused character of `value`, or a null QChar if there is none.
    static QChar firstRefused(const QString &value, Lines lines = Lines::Single);
};

} // namespace kolokasi
