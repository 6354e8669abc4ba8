#pragma once

#include "common/Result.h"
#include "domain/Approval.h"
#include "domain/Request.h"
#include "domain/Server.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// SOP step 5: the head of division approves or rejects on the PERSETUJUAN form, with
/// reasons (pertimbangan). Approval needs a complete pengajuan and a placement block for
/// every server, each obeying the placement rules; a block that differs from the proposal
/// (rack, first U) needs a note. The placements are reserved. A rejection
/// closes the request (closed_rejected). Standard: 15 minutes.
class ApprovalStep
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalStep)

public:
    explicit ApprovalStep(Database &db) : m_db(db) {}

    /// Records the decision on a request at step 4.
    Status decide(qint64 requestId, const Approval &approval);
    /// Every problem of `approval` for the request `requestId`: the reasons, and when
    /// approving the pengajuan's completeness and each server's block (missing, placement
    /// rules, a change from the proposal without a note); writes nothing.
    QList<Error> problems(qint64 requestId, const Approval &approval) const;

private:
    /// The first block of `blocks` for `server`, or null.
    static const PlacementBlock *blockFor(const Server &server,
                                          const QList<PlacementBlock> &blocks);
    Error missingBlock(const Server &server) const;
    Status approve(const Request &request, const Approval &approval);
    Status reserve(const Request &request, const Server &server, const QList<PlacementBlock> &blocks,
                   const QList<PlacementBlock> &proposed);
    Status checkOverride(const PlacementBlock &block, const Server &server,
                         const QList<PlacementBlock> &proposed) const;

    Database &m_db;
};

} // namespace kolokasi
