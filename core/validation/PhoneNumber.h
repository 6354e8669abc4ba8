#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// Indonesian telephone numbers: mobile (0812 3456 7890, +62 812-3456-7890) and fixed lines
/// with an area code ((0231) 8330580, 0231-8330580), with or without a "ext." suffix.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// Digits only, in national form (leading 0): "+62 812-3456-7890" -> "081234567890".
    static QString normalized(const QString &input);
    /// Success if `input` reads as an Indonesian mobile or fixed-line number.
    static Status validate(const QString &input, const QString &field = QStringLiteral("phone"));
};

} // namespace kolokasi
