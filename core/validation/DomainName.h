#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace kolokasi {

/// A host name such as simpeg.cirebonkab.go.id (RFC 1123 labels, at least two of them).
class DomainName
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)

public:
    /// Trimmed, lower case, without a trailing dot or a typed "http://" prefix.
    static QString normalized(const QString &input);
    /// Success if `input` is a valid host name once normalized.
    static Status validate(const QString &input, const QString &field = QStringLiteral("domain"));
};

} // namespace kolokasi
