#pragma once

#include "common/Result.h"
#include "domain/RackElevation.h"
#include "domain/RegisterLine.h"
#include "domain/RequestDossier.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Reads, never writes, what the printed documents show: a request's dossier, the asset
/// register and the racks, from the tables the workflow fills (HELPERS.md, "Where each
/// step's data lives").
class PrintDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrintDataRepository)

public:
    explicit PrintDataRepository(Database &db) : m_db(db) {}

    /// Everything stored about one request; not_found for an unknown id.
    Result<RequestDossier> dossier(qint64 requestId) const;
    /// The register lines matching the filter, ordered by register number.
    Result<QList<RegisterLine>> registerLines(const RegisterFilter &filter) const;
    /// The racks of a NOC (`rack` empty) or one rack (in `noc` if given), with their live
    /// placements; unknown_noc / unknown_rack / ambiguous_rack when the names do not match.
    Result<QList<RackElevation>> rackElevations(const QString &noc, const QString &rack) const;

private:
    Status loadServers(RequestDossier &dossier) const;
    Status loadPlacements(RequestDossier &dossier) const;
    Status loadCapacityCheck(RequestDossier &dossier) const;
    Status loadApplication(RequestDossier &dossier) const;
    Status loadApproval(RequestDossier &dossier) const;
    Status loadHandover(RequestDossier &dossier) const;
    Status loadReports(RequestDossier &dossier) const;
    Status loadWithdrawal(RequestDossier &dossier) const;
    Result<QStringList> ipAddressesOf(qint64 placementId) const;
    Result<DossierPlacement> placement(qint64 placementId) const;
    Result<QList<RackSlot>> slotsOf(qint64 rackId) const;

    Database &m_db;
};

} // namespace kolokasi
