#include "PppkNumber.h"

#include "Nip.h"

#include <QDate>

#include <algorithm>

namespace kolokasi {

namespace {
constexpr int kLength = 18;
// The first PPPK intake was appointed in 2019: an earlier year is no PPPK number.
constexpr int kFirstIntake = PppkNumber::kFirstAppointmentYear;
} // namespace

Status PppkNumber::validate(const QString &input, const QString &field)
{
    const QString number = Nip::normalized(input);
    const auto refuse = [&](const QString &code, const QString &message) {
        return Status(Error{code, message, field});
    };
    if (number.isEmpty())
        return refuse(QStringLiteral("required"), tr("The PPPK number must be filled in."));
    const bool allDigits =
        std::all_of(number.begin(), number.end(), [](QChar c) { return c.isDigit(); });
    if (!allDigits || number.size() != kLength)
        return refuse(
            QStringLiteral("pppk_length"),
            tr("A PPPK number has 18 digits (for example 19920315 202121 2 001); this one has %1.")
                .arg(number.size()));
    const QDate birth = QDate::fromString(number.left(8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900)
        return refuse(
            QStringLiteral("pppk_birth_date"),
            tr("The first 8 digits of a PPPK number are the birth date (YYYYMMDD); %1 is not a "
               "date.")
                .arg(number.left(8)));
    // Digits 13-14 are a code of the appointment, not a month: only the year is checked.
    if (number.mid(8, 4).toInt() < kFirstIntake)
        return refuse(QStringLiteral("pppk_appointment"),
                      tr("Digits 9 to 12 of a PPPK number are the appointment year, %1 or later "
                         "(the first PPPK intake); %2 is earlier.")
                          .arg(kFirstIntake)
                          .arg(number.mid(8, 4)));
    if (number.mid(8, 4).toInt() < birth.year() + 15)
        return refuse(
            QStringLiteral("pppk_appointment"),
            tr("Digits 9 to 12 of a PPPK number are the appointment year, at least 15 years "
               "after birth; %1 is not.")
                .arg(number.mid(8, 4)));
    const QChar gender = number.at(14);
    if (gender != QLatin1Char('1') && gender != QLatin1Char('2'))
        return refuse(QStringLiteral("pppk_gender"),
                      tr("Digit 15 of a PPPK number is 1 (man) or 2 (woman), not %1.").arg(gender));
    if (number.right(3) == QLatin1String("000"))
        return refuse(QStringLiteral("pppk_serial"),
                      tr("The last 3 digits of a PPPK number (the serial) cannot be 000."));
    return {};
}

} // namespace kolokasi
