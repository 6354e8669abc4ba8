#include "TextInput.h"

namespace kolokasi {

namespace {
bool isRefused(char16_t c, TextInput::Lines lines)
{
    if (c == u'\n')
        return lines == TextInput::Lines::Single;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) // C0 (also CR and tab), DEL, C1
        return true;
    if (c >= 0x202a && c <= 0x202e) // LRE, RLE, PDF, LRO, RLO
        return true;
    if (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        return true;
    return c == 0x2028 || c == 0x2029; // line and paragraph separators split a line too
}
} // namespace

QChar TextInput::firstRefused(const QString &value, Lines lines)
{
    for (const QChar c : value) {
        if (isRefused(c.unicode(), lines))
            return c;
    }
    return {};
}

Status TextInput::check(const QString &value, const QString &field, const QString &label,
                        Lines lines, int maxLength)
{
    if (const QChar refused = firstRefused(value, lines); !refused.isNull()) {
        const QString code =
            QStringLiteral("U+%1").arg(refused.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        if (refused == QLatin1Char('\n') || refused == QLatin1Char('\r'))
            return Error{QStringLiteral("invalid_text"),
                         tr("%1 must be one line; remove the line break.").arg(label), field};
        return Error{QStringLiteral("invalid_text"),
                     tr("%1 contains a control or text-direction character (%2) that would "
                        "garble the printouts; remove it.")
                         .arg(label, code),
                     field};
    }
    if (value.size() > maxLength)
        return Error{QStringLiteral("too_long"),
                     tr("%1 has %2 characters; at most %3 are allowed, so shorten it.")
                         .arg(label)
                         .arg(value.size())
                         .arg(maxLength),
                     field};
    return {};
}

} // namespace kolokasi
