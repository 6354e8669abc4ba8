#pragma once

#include "common/Result.h"
#include "domain/RequestDossier.h"

namespace kolokasi {

class Database;

/// Reads a request's whole dossier through the repositories (for screens and printouts).
class RequestDossierReader
{
public:
    explicit RequestDossierReader(Database &db) : m_db(db) {}

    /// The dossier of request `id`; not_found if there is no such request.
    Result<RequestDossier> read(qint64 id) const;

private:
    Status readSteps(RequestDossier &dossier) const;
    Status readServers(RequestDossier &dossier) const;

    Database &m_db;
};

} // namespace kolokasi
