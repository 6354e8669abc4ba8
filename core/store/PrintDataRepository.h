#pragma once

#include "common/Result.h"
#include "domain/RackElevation.h"
#include "domain/RegisterLine.h"
#include "domain/PrintDossier.h"

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
    Result<PrintDossier> dossier(qint64 requestId) const;
    /// The register lines matching the filter, ordered by register number.
    Result<QList<RegisterLine>> registerLines(const RegisterFilter &filter) const;
    /// The racks of a NOC (`rack` empty) or one rack (in `noc` if given), with their live
    /// placements; unknown_noc / unknown_rack / ambiguous_rack when the names do not match.
    Result<QList<RackElevation>> rackElevations(const QString &noc, const QString &rack) const;

private:
    Status loadServers(PrintDossier &dossier) const;
    Status loadPlacements(PrintDossier &dossier) const;
    Status loadCapacityCheck(PrintDossier &dossier) const;
    Status loadApplication(PrintDossier &dossier) const;
    Status loadApproval(PrintDossier &dossier) const;
    Status loadHandover(PrintDossier &dossier) const;
    Status loadReports(PrintDossier &dossier) const;
    Status loadWithdrawal(PrintDossier &dossier) const;
    Result<QStringList> ipAddressesOf(qint64 placementId) const;
    Result<DossierPlacement> placement(qint64 placementId) const;
    Result<QList<RackSlot>> slotsOf(qint64 rackId) const;

    Database &m_db;
};

} // namespace kolokasi
