#pragma once

#include "common/Result.h"
#include "domain/Placement.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;
class Query;
class SqlDialect;

/// An address to give a placement, with the pool it comes from (0: outside every pool).
struct AddressAssignment
{
    QString address;
    qint64 poolId = 0;
};

/// Placements (the approval's per-server blocks, and rack units) and their IP addresses.
class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)

public:
    explicit PlacementRepository(Database &db) : m_db(db) {}

    /// Stores a reserved placement and its reserved addresses.
    /// Makes other admins' placement changes (approvals, withdrawal registrations) wait until
    /// this transaction ends, so the rules checked next (free units, power, IPs, one pending
    /// withdrawal per asset) still hold when it commits. Call it first.
    Status lockForChanges();
    /// The placement columns (alias p) and its address list, for queries that read placements
    /// with their addresses in one statement; placementFrom() maps them from column `first` on.
    static QString columns(const SqlDialect &dialect);
    static Placement placementFrom(const Query &query, int first);
    /// The comma-separated addresses of placement p: live ones, or all of a released one.
    static QString addressList(const SqlDialect &dialect);

    Result<Placement> create(const Placement &placement, const QList<AddressAssignment> &addresses);
    Result<Placement> find(qint64 id) const;
    /// The placements of a request's servers (every status), by server position.
    Result<QList<Placement>> ofRequest(qint64 requestId) const;
    /// The live placements in one rack, lowest U first.
    Result<QList<Placement>> liveInRack(qint64 rackId) const;

    /// Whether a live placement other than `exceptId` uses this domain / serial number.
    Result<bool> liveDomainTaken(const QString &domain, qint64 exceptId = 0) const;
    Result<bool> liveSerialTaken(const QString &serial, qint64 exceptId = 0) const;
    /// Whether a live placement uses this address.
    Result<bool> liveAddressTaken(const QString &address) const;

    /// Reserved placements and addresses of a request become active (handover).
    Status activateRequest(qint64 requestId);
    /// A placement and its addresses are released (withdrawal); the rows stay for history.
    Status release(qint64 placementId);

private:
    Result<bool> exists(const QString &sql, const QString &value, qint64 exceptId) const;

    Database &m_db;
};

} // namespace kolokasi
