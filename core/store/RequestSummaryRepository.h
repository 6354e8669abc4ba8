#pragma once

#include "common/Result.h"
#include "domain/RequestSummary.h"

#include <QList>

namespace kolokasi {

class Database;

/// The request list as one query: search, filters, sort and paging all in SQL, with the
/// unit's name, the pengajuan's domain and when the last step was done, so no line needs a
/// query of its own. The service-standard state is left to the workflow (RequestList).
class RequestSummaryRepository
{
public:
    explicit RequestSummaryRepository(Database &db) : m_db(db) {}

    /// One page of the lines matching `query`, in its order (ties: newest id first).
    Result<QList<RequestSummary>> page(const RequestListQuery &query) const;
    /// How many lines match `query` (its offset and limit are ignored).
    Result<int> count(const RequestListQuery &query) const;
    /// How many active assets of the request have no open withdrawal (pencabutan) yet.
    Result<int> withdrawableAssetCount(qint64 requestId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
