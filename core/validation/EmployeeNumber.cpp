#include "EmployeeNumber.h"

#include "Nip.h"
#include "PppkNumber.h"

namespace kolokasi {

Status EmployeeNumber::validate(const QString &input, EmployeeKind kind, const QString &field)
{
    return kind == EmployeeKind::Pppk ? PppkNumber::validate(input, field)
                                      : Nip::validate(input, field);
}

std::optional<EmployeeKind> EmployeeNumber::kindOf(const QString &input)
{
    if (Nip::validate(input).ok())
        return EmployeeKind::Pns;
    if (PppkNumber::validate(input).ok())
        return EmployeeKind::Pppk;
    return std::nullopt;
}

Status EmployeeNumber::validateEitherKind(const QString &input, const QString &field)
{
    const Status asNip = Nip::validate(input, field);
    if (asNip.ok())
        return {};
    const Status asPppk = PppkNumber::validate(input, field);
    if (asPppk.ok())
        return {};
    return asNip.error().code == QLatin1String("nip_appointment") ? asPppk : asNip;
}

} // namespace kolokasi
