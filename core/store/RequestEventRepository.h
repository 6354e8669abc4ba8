#pragma once

#include "common/Result.h"
#include "domain/RequestEvent.h"

#include <QList>

namespace kolokasi {

class Database;

/// The append-only history of each request (request_events): the only writer of it.
class RequestEventRepository
{
public:
    explicit RequestEventRepository(Database &db) : m_db(db) {}

    /// Appends `event`; a blank actor or time is filled with the database's actor and "now".
    Status append(const RequestEvent &event);
    /// Appends a "document" event for `number` of `docType` issued for the request, at the
    /// step the request stands at.
    Status appendDocument(qint64 requestId, const QString &docType, const QString &number);
    /// The history of one request, oldest first.
    Result<QList<RequestEvent>> of(qint64 requestId) const;

private:
    Database &m_db;
};

} // namespace kolokasi
