#pragma once

#include "common/Result.h"
#include "domain/Officer.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// The rows of units (OPD) and their officers; the rules they follow are MasterData's. Edits are
/// guarded by row_version (RecordChanges), so a second admin's newer change is never
/// overwritten; retiring keeps the record for old requests and printouts.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    /// Whether a list includes retired records (lookups of old requests) or not (pickers).
    enum class Retired
    {
        Included,
        Excluded
    };

    explicit UnitRepository(Database &db) : m_db(db) {}

    /// Stores a new unit and returns it with its id. Names are unique (the schema says so).
    Result<Unit> create(const Unit &unit);
    Result<Unit> find(qint64 id) const;
    Result<QList<Unit>> all(Retired retired = Retired::Included) const;
    /// Units whose name or short code, or one of whose officers' name or number, contains
    /// `text` (any case; a number with or without spaces). Empty text: every unit.
    Result<QList<Unit>> search(const QString &text, Retired retired) const;
    /// Stores the edited fields of `unit` if nobody changed it since it was read at
    /// `unit.rowVersion`; else refuses with code `stale`. Returns the stored unit.
    Result<Unit> update(const Unit &unit);
    /// Takes the unit out of pickers (never deleted); code `stale` as update().
    Result<Unit> retire(qint64 id, int expectedRowVersion);

    /// Stores a new officer of an existing unit. Numbers are unique (the schema says so).
    Result<Officer> createOfficer(const Officer &officer);
    Result<Officer> findOfficer(qint64 id) const;
    Result<QList<Officer>> officersOf(qint64 unitId, Retired retired = Retired::Included) const;
    /// As update(), for an officer (who stays in their unit).
    Result<Officer> updateOfficer(const Officer &officer);
    /// As retire(), for an officer.
    Result<Officer> retireOfficer(qint64 id, int expectedRowVersion);

private:
    Database &m_db;
};

} // namespace kolokasi
