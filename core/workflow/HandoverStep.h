#pragma once

#include "common/Result.h"
#include "domain/Handover.h"
#include "domain/Request.h"
#include "domain/Server.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// SOP step 8: the DC team verifies that each delivered server matches the requested spec
/// (every difference accepted with a note, or no handover), places and installs it, signs
/// the SERAH TERIMA with the unit's officer, and updates the asset register. Needs an
/// approval. Giver and receiver default to the pengajuan's officer and the DC officer from
/// settings (signatory petugas_dc). Standard: 1 working day.
class HandoverStep
{
    Q_DECLARE_TR_FUNCTIONS(HandoverStep)

public:
    explicit HandoverStep(Database &db) : m_db(db) {}

    /// Records the handover of a request at step 7 and moves it to step 8.
    Status handOver(qint64 requestId, const Handover &handover);
    /// Every problem of `handover` for the request `requestId`: the approval, each server's
    /// delivered spec (missing, or each difference without a note), giver and receiver with
    /// their NIPs (after the defaults are filled in); writes nothing.
    QList<Error> problems(qint64 requestId, const Handover &handover) const;
    /// The spec check alone: every difference without a note (spec_mismatch, field
    /// "servers.<n>.<field>") and every server without a delivered spec ("servers.<n>").
    static QList<Error> specProblems(const QList<Server> &servers,
                                     const QList<DeliveredServer> &delivered);

    /// The spec field's name as the handover table shows it.
    static QString fieldLabel(const QString &field);

private:
    Status checkApproval(const Request &request) const;
    /// Fills a blank giver (the pengajuan's officer) and receiver (the DC officer from settings).
    void fillDefaults(const Request &request, Handover &handover) const;
    static QList<Error> personProblems(const Handover &handover);
    Status saveDeliveredSpecs(const QList<Server> &servers,
                              const QList<DeliveredServer> &delivered);
    Status registerAssets(const Request &request, const Handover &handover);

    Database &m_db;
};

} // namespace kolokasi
