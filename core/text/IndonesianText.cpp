#include "IndonesianText.h"

#include <QStringList>

#include <array>

namespace kolokasi {

namespace {
constexpr std::array<const char *, 12> kMonths{"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                               "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
constexpr std::array<const char *, 7> kDays{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
constexpr std::array<const char *, 12> kUnits{"",     "satu",  "dua",     "tiga",     "empat",  "lima",
                                              "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};

// Words for 0..999 ("" for 0), the building block of every larger number.
QString belowThousand(int n)
{
    QStringList words;
    if (n >= 100) {
        words << (n / 100 == 1 ? QStringLiteral("seratus")
                               : QString::fromLatin1(kUnits[std::size_t(n / 100)]) + QStringLiteral(" ratus"));
        n %= 100;
    }
    if (n >= 20) {
        words << QString::fromLatin1(kUnits[std::size_t(n / 10)]) + QStringLiteral(" puluh");
        n %= 10;
    } else if (n >= 12) {
        words << QString::fromLatin1(kUnits[std::size_t(n - 10)]) + QStringLiteral(" belas");
        n = 0;
    }
    if (n > 0)
        words << QString::fromLatin1(kUnits[std::size_t(n)]);
    return words.join(QLatin1Char(' '));
}

struct Scale
{
    qint64 value;
    const char *name;
};
constexpr std::array<Scale, 4> kScales{{{1000000000000LL, "triliun"},
                                        {1000000000LL, "miliar"},
                                        {1000000LL, "juta"},
                                        {1000LL, "ribu"}}};
} // namespace

QString IndonesianText::monthName(int month)
{
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(kMonths[std::size_t(month - 1)]);
}

QString IndonesianText::dayName(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QString::fromLatin1(kDays[std::size_t(date.dayOfWeek() - 1)]);
}

QString IndonesianText::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString IndonesianText::placeAndDate(const QString &place, const QDate &date)
{
    return QStringLiteral("%1, %2").arg(place, IndonesianText::date(date));
}

QString IndonesianText::numberInWords(qint64 number)
{
    if (number == 0)
        return QStringLiteral("nol");
    if (number < 0)
        return QStringLiteral("minus ") + numberInWords(-number);
    QStringList words;
    for (const Scale &scale : kScales) {
        const qint64 count = number / scale.value;
        number %= scale.value;
        if (count == 0)
            continue;
        // "seribu", never "satu ribu"; but "satu juta", "satu miliar".
        if (count == 1 && scale.value == 1000)
            words << QStringLiteral("seribu");
        else
            words << numberInWords(count) + QLatin1Char(' ') + QString::fromLatin1(scale.name);
    }
    if (number > 0)
        words << belowThousand(int(number));
    return words.join(QLatin1Char(' '));
}

QString IndonesianText::handoverDateInWords(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 tanggal %2 bulan %3 tahun %4")
            .arg(dayName(date), numberInWords(date.day()), monthName(date.month()), numberInWords(date.year()));
}

} // namespace kolokasi
