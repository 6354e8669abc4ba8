#include "Nip.h"

#include <QDate>

namespace kolokasi {

namespace {
constexpr int kLength = 18;

bool isAllDigits(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
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
        return refuse(
            QStringLiteral("nip_length"),
            tr("A NIP has 18 digits (for example 19620718 198603 1 003); this one has %1.")
                .arg(nip.size()));
    const QDate birth = QDate::fromString(nip.left(8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900) {
        // Name the part that is wrong: a month, a day, or a year before 1900.
        const int month = nip.mid(4, 2).toInt();
        QString wrong;
        if (nip.left(4).toInt() < 1900)
            wrong = tr("the year %1 is before 1900").arg(nip.left(4));
        else if (month < 1 || month > 12)
            wrong = tr("the month \"%1\" is not a month").arg(nip.mid(4, 2));
        else
            wrong = tr("day %1 does not exist in that month").arg(nip.mid(6, 2));
        return refuse(QStringLiteral("nip_birth_date"),
                      tr("The first 8 digits of a NIP are the birth date (YYYYMMDD); in %1 %2.")
                          .arg(nip.left(8), wrong));
    }
    const int appointedYear = nip.mid(8, 4).toInt();
    const QString appointedMonth = nip.mid(12, 2);
    if (appointedMonth.toInt() < 1 || appointedMonth.toInt() > 12)
        return refuse(QStringLiteral("nip_appointment"),
                      tr("Digits 13 and 14 of a NIP are the month of appointment; \"%1\" is not a "
                         "month (01 to 12).")
                          .arg(appointedMonth));
    if (appointedYear < birth.year() + 15)
        return refuse(QStringLiteral("nip_appointment"),
                      tr("Digits 9 to 12 of a NIP are the year of appointment; %1 is less than 15 "
                         "years after the birth year %2.")
                          .arg(nip.mid(8, 4))
                          .arg(birth.year()));
    const QChar gender = nip.at(14);
    if (gender != QLatin1Char('1') && gender != QLatin1Char('2'))
        return refuse(QStringLiteral("nip_gender"),
                      tr("Digit 15 of a NIP is 1 (man) or 2 (woman), not %1.").arg(gender));
    if (nip.right(3) == QLatin1String("000"))
        return refuse(QStringLiteral("nip_serial"),
                      tr("The last 3 digits of a NIP (the serial) cannot be 000."));
    return {};
}

QString Nip::formatted(const QString &nip)
{
    const QString digits = normalized(nip);
    if (digits.size() != kLength || !isAllDigits(digits))
        return nip;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(digits.left(8), digits.mid(8, 6), digits.mid(14, 1), digits.right(3));
}

} // namespace kolokasi
