#pragma once

#include "common/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Requests (permohonan) as stored. The workflow moves them through the SOP's steps;
/// this class only registers, reads and lists them.
class RequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)

public:
    explicit RequestRepository(Database &db) : m_db(db) {}

    /// Registers a unit's request letter (step 1) and records it in the request's history.
    Result<Request> create(const Request &request);
    Result<Request> find(qint64 id) const;
    /// Every request, newest first.
    Result<QList<Request>> all() const;

    /// Moves an open request at `fromStep` to `toStep` with `status` (closing it unless open),
    /// bumping row_version. Refuses with code `stale` if the request is no longer open at
    /// `fromStep` (someone else moved it meanwhile).
    Status moveTo(qint64 id, SopStep fromStep, SopStep toStep, RequestStatus status,
                  const QString &closeReason = {});

private:
    Database &m_db;
};

} // namespace kolokasi
