#pragma once

#include "common/Result.h"
#include "domain/PrintDossier.h"

namespace kolokasi {

class Database;
struct RequestDossier;

/// A request's record as the printouts lay it out, read through the workflow's
/// RequestDossierReader (one reader of the steps' tables for screens and printouts).
class PrintDossierReader
{
public:
    explicit PrintDossierReader(Database &db) : m_db(db) {}

    /// not_found for an unknown request.
    Result<PrintDossier> read(qint64 requestId) const;
    /// The printed values of a workflow dossier: names resolved, specs as text, the
    /// capacity items in the SOP's order.
    static PrintDossier fromRequestDossier(const RequestDossier &dossier);

private:
    Database &m_db;
};

} // namespace kolokasi
