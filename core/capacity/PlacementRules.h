#pragma once

#include "common/Result.h"
#include "domain/PlacementBlock.h"
#include "domain/Request.h"
#include "domain/Server.h"
#include "store/PlacementRepository.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;
struct Rack;

/// The rules a placement must obey when it is approved: inside the rack, no overlap with
/// another live placement, the rack's power budget (unless overridden with a note), IP
/// addresses valid, unique and inside a public pool when public, domain and serial unique.
class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRules)

public:
    explicit PlacementRules(Database &db) : m_db(db) {}

    /// Checks placing `server` as `block`; returns the addresses with their pools, or the
    /// first problem of problems().
    Result<QList<AddressAssignment>> check(const PlacementBlock &block, const Server &server,
                                           ServiceType serviceType) const;
    /// Every problem of placing `server` as `block` (rack and units, power, domain, serial,
    /// each address), each naming its field in the server's row ("servers.2.rack").
    QList<Error> problems(const PlacementBlock &block, const Server &server,
                          ServiceType serviceType) const;
    /// Whether an address is a public one (outside the private, loopback and link-local ranges).
    static bool isPublic(const QString &address);

private:
    struct Evaluation
    {
        QList<AddressAssignment> addresses;
        QList<Error> problems;
    };
    Evaluation evaluate(const PlacementBlock &block, const Server &server,
                        ServiceType serviceType) const;
    QList<Error> rackProblems(const PlacementBlock &block, const Server &server,
                              ServiceType serviceType) const;
    Status checkUnits(const PlacementBlock &block, const Server &server, const Rack &rack) const;
    Status checkPower(const PlacementBlock &block, const Server &server, const Rack &rack) const;
    Status checkDomain(const PlacementBlock &block, const Server &server) const;
    Status checkSerial(const PlacementBlock &block, const Server &server) const;
    Result<AddressAssignment> checkAddress(const QString &text, const Server &server) const;

    Database &m_db;
};

} // namespace kolokasi
