#pragma once

#include <QDate>
#include <QString>

namespace kolokasi {

/// Indonesian as official letters write it: day and month names, dates, numbers in words.
/// Printed documents are always Indonesian, so none of this is translated.
class IndonesianText
{
public:
    /// "Januari" .. "Desember"; empty for a month outside 1..12.
    static QString monthName(int month);
    /// "Senin" .. "Minggu".
    static QString dayName(const QDate &date);
    /// "25 November 2026".
    static QString date(const QDate &date);
    /// "Sumber, 25 November 2026" (the place-and-date line above a signature).
    static QString placeAndDate(const QString &place, const QDate &date);
    /// Cardinal number in words: 11 "sebelas", 100 "seratus", 1000 "seribu",
    /// 2026 "dua ribu dua puluh enam". Negative numbers start with "minus".
    static QString numberInWords(qint64 number);
    /// The handover's opening: "Rabu tanggal dua puluh lima bulan November tahun dua ribu
    /// dua puluh enam".
    static QString handoverDateInWords(const QDate &date);
};

} // namespace kolokasi
