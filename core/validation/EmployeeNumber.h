#pragma once

#include "common/Result.h"
#include "domain/EmployeeKind.h"

#include <QCoreApplication>

#include <optional>

namespace kolokasi {

/// An officer's 18-digit number checked by the rule of their kind: a NIP for a PNS, a PPPK
/// number for a PPPK.
class EmployeeNumber
{
    Q_DECLARE_TR_FUNCTIONS(EmployeeNumber)

public:
    /// Nip::validate for a PNS, PppkNumber::validate for a PPPK.
    static Status validate(const QString &input, EmployeeKind kind,
                           const QString &field = QStringLiteral("nip"));

    /// For a number typed without its kind (a handover's party, an imported line): the kind
    /// whose rule accepts it, a NIP first; none if neither does.
    static std::optional<EmployeeKind> kindOf(const QString &input);

    /// Success if either rule accepts `input`. Else the NIP's reason, or the PPPK number's when
    /// only the NIP's appointment month is wrong (the shape of a PPPK number) and its year is
    /// a PPPK year (2019 or later); before that the NIP's reason, saying it is no PPPK number.
    static Status validateEitherKind(const QString &input,
                                     const QString &field = QStringLiteral("nip"));
};

} // namespace kolokasi
