#include "PhoneNumber.h"

#include <QRegularExpression>

namespace kolokasi {

namespace {
// "ext. 123" / "psw 12" after the number is a switchboard extension, not part of it.
QString withoutExtension(const QString &input)
{
    static const QRegularExpression extension(QStringLiteral("\\s*(ext\\.?|ext|psw\\.?|pes\\.?)\\s*\\d+\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString text = input;
    return text.remove(extension);
}
} // namespace

QString PhoneNumber::normalized(const QString &input)
{
    QString text = withoutExtension(input).trimmed();
    const bool international = text.startsWith(QLatin1Char('+'));
    static const QRegularExpression separators(QStringLiteral("[\\s().\\-+/]"));
    text.remove(separators);
    if (international || text.startsWith(QLatin1String("62")))
        text = text.startsWith(QLatin1String("62")) ? QLatin1Char('0') + text.mid(2) : text;
    return text;
}

Status PhoneNumber::validate(const QString &input, const QString &field)
{
    if (input.trimmed().isEmpty())
        return Error{QStringLiteral("required"), tr("The telephone number must be filled in."), field};
    const QString stripped = withoutExtension(input).trimmed();
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9\\s().\\-/]+$"));
    const QString digits = normalized(input);
    // Mobile: 08 + 8..11 digits. Fixed line: 0 + 2..3-digit area code (not 8) + 5..8 digits.
    static const QRegularExpression mobile(QStringLiteral("^08[1-9][0-9]{7,10}$"));
    static const QRegularExpression fixedLine(QStringLiteral("^0[1-79][0-9]{6,10}$"));
    if (!allowed.match(stripped).hasMatch()
        || !(mobile.match(digits).hasMatch() || fixedLine.match(digits).hasMatch()))
        return Error{QStringLiteral("phone_invalid"),
                     tr("%1 is not an Indonesian telephone number (for example 0812 3456 7890 or "
                        "(0231) 8330580).").arg(input.trimmed()),
                     field};
    return {};
}

} // namespace kolokasi
