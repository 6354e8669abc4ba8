#pragma once

#include "common/Result.h"
#include "store/AssetRepository.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// The register view a command names as an admin types it (NOC name, unit name or short
/// name in any case, status active/aktif or withdrawn/dicabut) as the register query's filter.
class RegisterViewFilter
{
    Q_DECLARE_TR_FUNCTIONS(RegisterViewFilter)

public:
    /// Empty names do not filter; an unknown name is refused naming it.
    static Result<AssetFilter> fromNames(Database &db, const QString &noc, const QString &unit,
                                         const QString &status);
};

} // namespace kolokasi
