#pragma once

#include "common/Result.h"
#include "domain/RackElevation.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Reads, never writes, the racks with what sits in them, for the rack elevation. (A request's
/// record comes through the workflow's RequestDossierReader, the register through its
/// AssetRegister.)
class PrintDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(PrintDataRepository)

public:
    explicit PrintDataRepository(Database &db) : m_db(db) {}

    /// The racks of a NOC (`rack` empty) or one rack (in `noc` if given), with their live
    /// placements (top first) in one query; unknown_noc / unknown_rack / ambiguous_rack when
    /// the names do not match. Used by the `rak` printout and the Rak page alike.
    Result<QList<RackElevation>> rackElevations(const QString &noc, const QString &rack) const;

private:
    Database &m_db;
};

} // namespace kolokasi
