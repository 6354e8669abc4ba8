#pragma once

#include "common/Result.h"
#include "domain/Officer.h"
#include "domain/Unit.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Units (OPD) and their officers.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    /// Stores a new unit and returns it with its id. Names are unique.
    Result<Unit> create(const Unit &unit);
    Result<Unit> find(qint64 id) const;
    Result<QList<Unit>> all() const;

    /// Stores a new officer of an existing unit. NIPs are unique.
    Result<Officer> createOfficer(const Officer &officer);
    Result<Officer> findOfficer(qint64 id) const;
    Result<QList<Officer>> officersOf(qint64 unitId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
