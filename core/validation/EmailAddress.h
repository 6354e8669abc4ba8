#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// An e-mail address such as diskominfo@cirebonkab.go.id: a local part, "@", a host name.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    /// Success if `input` (trimmed) is an address; blank is refused (callers skip optional ones).
    static Status validate(const QString &input, const QString &field = QStringLiteral("email"));
};

} // namespace kolokasi
