#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// NI PPPK, the 18-digit number of a government contract employee (PPPK): birth date YYYYMMDD,
/// appointment year YYYY (2019, the first intake, or later), a two-digit code (not a month), gender
/// digit (1 man, 2 woman), 3-digit serial. Normalized and printed like a NIP (Nip::normalized,
/// Nip::formatted).
class PppkNumber
{
    Q_DECLARE_TR_FUNCTIONS(PppkNumber)

public:
    /// The year of the first PPPK intake: no PPPK number has an earlier appointment year.
    static constexpr int kFirstAppointmentYear = 2019;

    /// Success if `input` (with or without spaces) is a possible PPPK number; else says which
    /// part is wrong.
    static Status validate(const QString &input, const QString &field = QStringLiteral("nip"));
};

} // namespace kolokasi
