#include "MasterData.h"

#include "validation/EmployeeNumber.h"
#include "validation/PhoneNumber.h"
#include "validation/Required.h"

namespace kolokasi {

Status MasterData::checkUnit(const Unit &unit)
{
    if (Status filled = Required::text(unit.name, QStringLiteral("name"), tr("Unit name"));
        !filled.ok())
        return filled;
    if (Status valid = PhoneNumber::validate(unit.phone);
        !unit.phone.trimmed().isEmpty() && !valid.ok())
        return valid;
    return {};
}

Status MasterData::checkOfficer(const Officer &officer)
{
    if (Status filled = Required::text(officer.name, QStringLiteral("name"), tr("Name"));
        !filled.ok())
        return filled;
    if (Status valid = EmployeeNumber::validate(officer.nip, officer.kind);
        !officer.nip.trimmed().isEmpty() && !valid.ok())
        return valid;
    if (Status valid = PhoneNumber::validate(officer.phone);
        !officer.phone.trimmed().isEmpty() && !valid.ok())
        return valid;
    return {};
}

Result<Unit> MasterData::create(const Unit &unit)
{
    if (Status valid = checkUnit(unit); !valid.ok())
        return valid.error();
    return m_units.create(unit);
}

Result<Unit> MasterData::update(const Unit &unit)
{
    if (Status valid = checkUnit(unit); !valid.ok())
        return valid.error();
    return m_units.update(unit);
}

Result<Officer> MasterData::createOfficer(const Officer &officer)
{
    if (Status filled = Required::reference(officer.unitId, QStringLiteral("unit"), tr("unit"));
        !filled.ok())
        return filled.error();
    if (Status valid = checkOfficer(officer); !valid.ok())
        return valid.error();
    return m_units.createOfficer(officer);
}

Result<Officer> MasterData::updateOfficer(const Officer &officer)
{
    if (Status valid = checkOfficer(officer); !valid.ok())
        return valid.error();
    return m_units.updateOfficer(officer);
}

} // namespace kolokasi
