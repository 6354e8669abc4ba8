#include "AssetRegister.h"

namespace kolokasi {

Result<QList<RegisterEntry>> AssetRegister::entries(const AssetFilter &filter) const
{
    return AssetRepository(m_db).entries(filter);
}

Result<QList<RegisterEntry>> AssetRegister::page(const AssetFilter &filter,
                                                 const RegisterPage &page) const
{
    return AssetRepository(m_db).entries(filter, page);
}

Result<int> AssetRegister::count(const AssetFilter &filter) const
{
    return AssetRepository(m_db).count(filter);
}

Result<QList<RegisterEntry>> AssetRegister::expired(const QDate &today) const
{
    return entries(onlyExpired({}, today));
}

Result<QList<RegisterEntry>> AssetRegister::expiringWithin(int days, const QDate &today) const
{
    return entries(onlyExpiringWithin({}, days, today));
}

Result<QList<RegisterEntry>> AssetRegister::firstValidityEndingWithin(int days,
                                                                      const QDate &today,
                                                                      int limit) const
{
    return AssetRepository(m_db).firstByValidity(onlyValidityEndingWithin({}, days, today), limit);
}

Result<QList<RegisterEntry>> AssetRegister::overdueForReview(const QDate &today) const
{
    return entries(onlyReviewOverdue({}, today));
}

AssetFilter AssetRegister::onlyExpired(AssetFilter filter, const QDate &today)
{
    filter.status = AssetStatus::Active;
    filter.validUntilOnOrBefore = today.addDays(-1);
    return filter;
}

AssetFilter AssetRegister::onlyExpiringWithin(AssetFilter filter, int days, const QDate &today)
{
    filter.status = AssetStatus::Active;
    filter.validUntilOnOrAfter = today;
    filter.validUntilOnOrBefore = today.addDays(days);
    return filter;
}

AssetFilter AssetRegister::onlyValidityEndingWithin(AssetFilter filter, int days,
                                                   const QDate &today)
{
    filter.status = AssetStatus::Active;
    filter.validUntilOnOrBefore = today.addDays(days);
    return filter;
}

AssetFilter AssetRegister::onlyReviewOverdue(AssetFilter filter, const QDate &today)
{
    filter.status = AssetStatus::Active;
    filter.reviewedBefore = today.addMonths(-kReviewIntervalMonths);
    return filter;
}

} // namespace kolokasi
