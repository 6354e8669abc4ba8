#include "AssetHistory.h"

#include "AssetRegister.h"
#include "store/RequestEventRepository.h"
#include "store/StoreErrors.h"

namespace kolokasi {

Result<AssetHistory> AssetHistoryReader::read(qint64 assetId) const
{
    AssetFilter only;
    only.assetId = assetId;
    RegisterPage one;
    one.limit = 1;
    auto lines = AssetRegister(m_db).page(only, one);
    if (!lines.ok())
        return lines.error();
    if (lines->isEmpty())
        return StoreErrors::notFound(tr("asset"), assetId);

    AssetHistory history;
    history.entry = lines->first();
    RequestEventRepository events(m_db);
    auto placing = events.of(history.entry.asset.requestId);
    if (!placing.ok())
        return placing.error();
    history.requestEvents = *placing;
    AssetHistoryRepository store(m_db);
    auto reviews = store.reviewFindings(assetId);
    if (!reviews.ok())
        return reviews.error();
    history.reviews = *reviews;
    auto withdrawals = store.withdrawalRequests(assetId);
    if (!withdrawals.ok())
        return withdrawals.error();
    history.withdrawalRequestIds = *withdrawals;
    for (qint64 requestId : std::as_const(history.withdrawalRequestIds)) {
        auto steps = events.of(requestId);
        if (!steps.ok())
            return steps.error();
        history.withdrawalEvents.append(*steps);
    }
    return history;
}

} // namespace kolokasi
