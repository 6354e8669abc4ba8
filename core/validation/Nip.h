#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// NIP (Nomor Induk Pegawai), the 18-digit civil-servant number:
/// birth date YYYYMMDD, appointment YYYYMM, gender digit (1 man, 2 woman), 3-digit serial.
class Nip
{
    Q_DECLARE_TR_FUNCTIONS(Nip)

public:
    /// The digits only: "19620718 198603 1 003" -> "196207181986031003".
    static QString normalized(const QString &input);
    /// Success if `input` (with or without spaces) is a possible NIP; else says which part is wrong.
    static Status validate(const QString &input, const QString &field = QStringLiteral("nip"));
    /// Grouped as printed: "19620718 198603 1 003"; anything not 18 digits comes back as given.
    static QString formatted(const QString &nip);
};

} // namespace kolokasi
