#include "RegisterViewFilter.h"

#include "domain/Noc.h"
#include "store/DataCentreRepository.h"
#include "store/UnitRepository.h"

namespace kolokasi {

Result<AssetFilter> RegisterViewFilter::fromNames(Database &db, const QString &noc,
                                                  const QString &unit, const QString &status)
{
    AssetFilter filter;
    if (!noc.trimmed().isEmpty()) {
        // The register keeps history: a retired NOC still filters the assets it held.
        auto nocs = DataCentreRepository(db).nocs(Listing::WithRetired);
        if (!nocs.ok())
            return nocs.error();
        for (const Noc &candidate : *nocs) {
            if (candidate.name.compare(noc.trimmed(), Qt::CaseInsensitive) == 0)
                filter.nocId = candidate.id;
        }
        if (filter.nocId == 0)
            return Error{QStringLiteral("unknown_noc"), tr("There is no NOC named %1.").arg(noc),
                         QStringLiteral("noc")};
    }
    if (!unit.trimmed().isEmpty()) {
        auto units = UnitRepository(db).all();
        if (!units.ok())
            return units.error();
        for (const Unit &candidate : *units) {
            if (candidate.name.compare(unit.trimmed(), Qt::CaseInsensitive) == 0 ||
                candidate.shortName.compare(unit.trimmed(), Qt::CaseInsensitive) == 0)
                filter.unitId = candidate.id;
        }
        if (filter.unitId == 0)
            return Error{QStringLiteral("unknown_unit"), tr("There is no unit named %1.").arg(unit),
                         QStringLiteral("unit")};
    }
    const QString state = status.trimmed().toLower();
    if (state == QLatin1String("active") || state == QLatin1String("aktif"))
        filter.status = AssetStatus::Active;
    else if (state == QLatin1String("withdrawn") || state == QLatin1String("dicabut"))
        filter.status = AssetStatus::Withdrawn;
    else if (!state.isEmpty())
        return Error{QStringLiteral("invalid_value"),
                     tr("Unknown status %1: use active or withdrawn.").arg(status),
                     QStringLiteral("status")};
    return filter;
}

} // namespace kolokasi
