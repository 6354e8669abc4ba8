#include "InitialSetup.h"

#include "DocumentNumbering.h"
#include "domain/FormField.h"
#include "domain/PoolAddresses.h"
#include "domain/Rack.h"
#include "validation/EmployeeNumber.h"
#include "validation/IpAddress.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

QString InitialSetup::rackName(int number)
{
    return QStringLiteral("R%1").arg(number, 2, 10, QLatin1Char('0'));
}

Status InitialSetup::checkAgency(const AgencyProfile &agency)
{
    if (Status filled = Required::text(agency.governmentName, QStringLiteral("government_name"),
                                       tr("The government name"));
        !filled.ok())
        return filled;
    if (Status filled =
            Required::text(agency.officeName, QStringLiteral("office_name"), tr("The office name"));
        !filled.ok())
        return filled;
    // The letterhead prints the address: a document without it is refused at printing.
    if (Status filled =
            Required::text(agency.address, QStringLiteral("address"), tr("The address"));
        !filled.ok())
        return filled;
    if (Status filled =
            Required::text(agency.place, QStringLiteral("place"), tr("The city of the date line"));
        !filled.ok())
        return filled;
    if (!agency.phone.trimmed().isEmpty())
        return PhoneNumber::validate(agency.phone, QStringLiteral("phone"));
    return {};
}

Status InitialSetup::checkNumbering(const QString &pattern)
{
    if (Status filled = Required::text(pattern, QStringLiteral("numbering_pattern"),
                                       tr("The numbering pattern"));
        !filled.ok())
        return filled;
    if (Status valid = DocumentNumbering::validatePattern(pattern.trimmed()); !valid.ok())
        return withField(valid, QStringLiteral("numbering_pattern"));
    return {};
}

Status InitialSetup::checkSignatory(const Signatory &signatory, const QString &fieldPrefix)
{
    if (Status filled =
            Required::text(signatory.name, FormField::ofPerson(fieldPrefix, QStringLiteral("name")),
                           tr("The name"));
        !filled.ok())
        return filled;
    if (Status valid = withField(EmployeeNumber::validate(signatory.nip, signatory.kind),
                                 FormField::ofPerson(fieldPrefix, QStringLiteral("nip")));
        !valid.ok())
        return valid;
    return Required::text(signatory.position,
                          FormField::ofPerson(fieldPrefix, QStringLiteral("position")),
                          tr("The position"));
}

Status InitialSetup::checkDataCentre(const InitialSetupData &data)
{
    if (Status filled =
            Required::text(data.noc.name, QStringLiteral("noc_name"), tr("The NOC name"));
        !filled.ok())
        return filled;
    if (data.rackCount < 1 || data.rackCount > 99)
        return Error{QStringLiteral("invalid_value"), tr("A NOC has 1 to 99 racks here."),
                     QStringLiteral("rack_count")};
    if (data.rackHeightU < 1 || data.rackHeightU > 60)
        return Error{QStringLiteral("invalid_value"), tr("A rack is 1 to 60 U high."),
                     QStringLiteral("rack_height_u")};
    if (data.rackPowerBudgetW <= 0)
        return Error{QStringLiteral("invalid_value"),
                     tr("Enter the power budget of a rack in watts."),
                     QStringLiteral("rack_power_w")};
    return {};
}

Status InitialSetup::checkFacilities(const InitialSetupData &data)
{
    for (const auto &[capacity, field] :
         {std::pair{data.upsCapacityW, QStringLiteral("ups")},
          std::pair{data.gensetCapacityW, QStringLiteral("genset")},
          std::pair{data.bandwidthMbps, QStringLiteral("bandwidth")}}) {
        if (capacity < 0)
            return Error{QStringLiteral("invalid_value"), tr("A capacity cannot be negative."),
                         field};
    }
    if (Status filled =
            Required::text(data.publicPool.name, QStringLiteral("pool_name"), tr("The pool name"));
        !filled.ok())
        return filled;
    if (Status valid = IpNetwork::validate(data.publicPool.cidr, QStringLiteral("pool_cidr"));
        !valid.ok())
        return valid;
    return PoolAddresses::checkGateway(data.publicPool.cidr, data.publicPool.gateway,
                                       QStringLiteral("pool_gateway"));
}

Status InitialSetup::check(const InitialSetupData &data)
{
    for (const Status &checked :
         {checkAgency(data.agency), checkNumbering(data.numberingPattern),
          checkSignatory(data.headOfDivision, QStringLiteral("head_of_division")),
          checkSignatory(data.dataCentreOfficer, QStringLiteral("dc_officer")),
          checkDataCentre(data), checkFacilities(data)}) {
        if (!checked.ok())
            return checked;
    }
    return {};
}

} // namespace kolokasi
