#pragma once

#include "common/Result.h"
#include "domain/RegisterEntry.h"
#include "store/AssetRepository.h"

#include <QDate>
#include <QList>

namespace kolokasi {

class Database;

/// The asset register (aset register) as screens and printouts read it: filtered lists and
/// the validity (masa berlaku) of not-permanent placements.
class AssetRegister
{
public:
    explicit AssetRegister(Database &db) : m_db(db) {}

    /// Register lines by NOC, unit and status (0 / empty: any).
    Result<QList<RegisterEntry>> entries(const AssetFilter &filter = {}) const;
    /// Active assets whose validity ended before `today`.
    Result<QList<RegisterEntry>> expired(const QDate &today) const;
    /// Active assets still valid on `today` whose validity ends within `days` days.
    Result<QList<RegisterEntry>> expiringWithin(int days, const QDate &today) const;

private:
    Database &m_db;
};

} // namespace kolokasi
