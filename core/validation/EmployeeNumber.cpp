#include "EmployeeNumber.h"

#include "Nip.h"
#include "PppkNumber.h"

#include <QCoreApplication>

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
    if (asNip.error().code != QLatin1String("nip_appointment"))
        return asNip;
    // The NIP's appointment month is wrong: the shape of a PPPK number, unless its year is
    // before the first PPPK intake; then it is a mistyped NIP and the NIP's rule is named.
    const int year = Nip::normalized(input).mid(8, 4).toInt();
    if (year >= PppkNumber::kFirstAppointmentYear)
        return asPppk;
    return Error{asNip.error().code,
                 EmployeeNumber::tr("%1 It is no PPPK number either: PPPK numbers have an "
                                    "appointment year of %2 or later.")
                     .arg(asNip.error().message)
                     .arg(PppkNumber::kFirstAppointmentYear),
                 field};
}

} // namespace kolokasi
