#include "Diagnostics.h"

namespace kolokasi {

// Warnings and above would show by default: details are logged at info level, off unless asked.
Q_LOGGING_CATEGORY(kolokasiDetails, "kolokasi.details", QtWarningMsg)

void Diagnostics::enableDetails()
{
    QLoggingCategory::setFilterRules(QStringLiteral("kolokasi.details.info=true"));
    qSetMessagePattern(QStringLiteral("kolokasi (details): %{message}"));
}

} // namespace kolokasi
