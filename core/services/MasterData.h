#pragma once

#include "common/Result.h"
#include "domain/Officer.h"
#include "domain/Unit.h"
#include "store/UnitRepository.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The requesting units (OPD) and their officers: the rules of a unit and an officer (name
/// required, phone and employee number formats) and the writes through UnitRepository, whose
/// edits are guarded by row_version and audited. Screens and commands use this, never the
/// repository.
class MasterData
{
    // The messages keep the translation context they had in the repository.
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    using Retired = UnitRepository::Retired;

    explicit MasterData(Database &db) : m_units(db) {}

    /// The rules a unit must meet before it is stored (name; phone number if given).
    static Status checkUnit(const Unit &unit);
    /// The rules an officer must meet (name; number of the officer's kind and phone if given).
    static Status checkOfficer(const Officer &officer);

    /// Stores a new unit and returns it with its id. Names are unique.
    Result<Unit> create(const Unit &unit);
    Result<Unit> find(qint64 id) const { return m_units.find(id); }
    Result<QList<Unit>> all(Retired retired = Retired::Included) const
    {
        return m_units.all(retired);
    }
    /// Units whose name or short code, or one of whose officers' name or number, contains
    /// `text` (any case; a number with or without spaces). Empty text: every unit.
    Result<QList<Unit>> search(const QString &text, Retired retired) const
    {
        return m_units.search(text, retired);
    }
    /// Stores the edited unit unless another admin changed it since `unit.rowVersion` (stale).
    Result<Unit> update(const Unit &unit);
    /// Takes the unit out of pickers (never deleted); code `stale` as update().
    Result<Unit> retire(qint64 id, int expectedRowVersion)
    {
        return m_units.retire(id, expectedRowVersion);
    }

    /// Stores a new officer of an existing unit. Numbers are unique and follow the officer's kind.
    Result<Officer> createOfficer(const Officer &officer);
    Result<Officer> findOfficer(qint64 id) const { return m_units.findOfficer(id); }
    Result<QList<Officer>> officersOf(qint64 unitId, Retired retired = Retired::Included) const
    {
        return m_units.officersOf(unitId, retired);
    }
    /// As update(), for an officer (who stays in their unit).
    Result<Officer> updateOfficer(const Officer &officer);
    /// As retire(), for an officer.
    Result<Officer> retireOfficer(qint64 id, int expectedRowVersion)
    {
        return m_units.retireOfficer(id, expectedRowVersion);
    }

private:
    UnitRepository m_units;
};

} // namespace kolokasi
