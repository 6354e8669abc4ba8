#include "AssetRegister.h"

namespace kolokasi {

namespace {
AssetFilter activeUntil(const QDate &day)
{
    AssetFilter filter;
    filter.status = AssetStatus::Active;
    filter.validUntilOnOrBefore = day;
    return filter;
}
} // namespace

Result<QList<RegisterEntry>> AssetRegister::entries(const AssetFilter &filter) const
{
    return AssetRepository(m_db).entries(filter);
}

Result<QList<RegisterEntry>> AssetRegister::expired(const QDate &today) const
{
    return entries(activeUntil(today.addDays(-1)));
}

Result<QList<RegisterEntry>> AssetRegister::expiringWithin(int days, const QDate &today) const
{
    auto ending = entries(activeUntil(today.addDays(days)));
    if (!ending.ok())
        return ending;
    QList<RegisterEntry> stillValid;
    for (const RegisterEntry &entry : *ending) {
        if (entry.asset.validUntil >= today)
            stillValid.append(entry);
    }
    return stillValid;
}

} // namespace kolokasi
