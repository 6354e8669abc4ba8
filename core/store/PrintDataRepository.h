#pragma once

#include "common/Result.h"
#include "domain/RackElevation.h"
#include "domain/RegisterLine.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Reads, never writes, the lists the printouts show: the asset register with its
/// addresses and the racks with what sits in them. (A request's own record comes through
/// the workflow's RequestDossierReader, see documents/PrintDossierReader.)
class PrintDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrintDataRepository)

public:
    explicit PrintDataRepository(Database &db) : m_db(db) {}

    /// The register lines matching the filter, ordered by register number.
    Result<QList<RegisterLine>> registerLines(const RegisterFilter &filter) const;
    /// The racks of a NOC (`rack` empty) or one rack (in `noc` if given), with their live
    /// placements; unknown_noc / unknown_rack / ambiguous_rack when the names do not match.
    Result<QList<RackElevation>> rackElevations(const QString &noc, const QString &rack) const;

private:
    Result<QStringList> ipAddressesOf(qint64 placementId) const;
    Result<QList<RackSlot>> slotsOf(qint64 rackId) const;

    Database &m_db;
};

} // namespace kolokasi
