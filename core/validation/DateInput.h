#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace kolokasi {

/// Dates as people type them: 2026-11-25, 25-11-2026 or 25/11/2026.
class DateInput
{
    Q_DECLARE_TR_FUNCTIONS(DateInput)

public:
    /// The calendar date written in `text`; refuses blanks and impossible dates (31-02-2026).
    static Result<QDate> parse(const QString &text, const QString &field);
};

} // namespace kolokasi
