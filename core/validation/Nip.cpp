#include "Nip.h"

#include <QDate>

namespace kolokasi {

namespace {
constexpr int kLength = 18;

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QString Nip::normalized(const QString &input)
{
    QString digits = input;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.')).remove(QLatin1Char('-'));
    return digits.trimmed();
}

Status Nip::validate(const QString &input, const QString &field)
{
    const QString nip = normalized(input);
    const auto refuse = [&](const QString &code, const QString &message) {
        return Status(Error{code, message, field});
    };
    if (nip.isEmpty())
        return refuse(QStringLiteral("required"), tr("The NIP must be filled in."));
    if (!isAllDigits(nip) || nip.size() != kLength)
        return refuse(QStringLiteral("nip_length"),
                      tr("A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.")
                              .arg(nip.size()));
    const QDate birth = QDate::fromString(nip.left(8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900)
        return refuse(QStringLiteral("nip_birth_date"),
                      tr("The first 8 digits of a NIP are the birth date (YYYYMMDD); %1 is not a date.")
                              .arg(nip.left(8)));
    const int appointedYear = nip.mid(8, 4).toInt();
    const int appointedMonth = nip.mid(12, 2).toInt();
    if (appointedMonth < 1 || appointedMonth > 12 || appointedYear < birth.year() + 15)
        return refuse(QStringLiteral("nip_appointment"),
                      tr("Digits 9 to 14 of a NIP are the appointment year and month (YYYYMM), at least "
                         "15 years after birth; %1 is not.").arg(nip.mid(8, 6)));
    const QChar gender = nip.at(14);
    if (gender != QLatin1Char('1') && gender != QLatin1Char('2'))
        return refuse(QStringLiteral("nip_gender"),
                      tr("Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.").arg(gender));
    if (nip.right(3) == QLatin1String("000"))
        return refuse(QStringLiteral("nip_serial"), tr("The last 3 digits of a NIP (the serial) cannot be 000."));
    return {};
}

QString Nip::formatted(const QString &nip)
{
    const QString digits = normalized(nip);
    if (digits.size() != kLength || !isAllDigits(digits))
        return nip;
    return QStringLiteral("%1 %2 %3 %4").arg(digits.left(8), digits.mid(8, 6), digits.mid(14, 1), digits.right(3));
}

} // namespace kolokasi
