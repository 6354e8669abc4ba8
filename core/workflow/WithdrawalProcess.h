#pragma once

#include "common/Result.h"
#include "domain/Request.h"
#include "domain/RequestLetter.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// Withdrawal (pencabutan) of an active asset: a request of its own kind pointing at the
/// asset. Registered with reasons (step 1), approved or rejected by the head of division
/// (step 5; a rejection closes it), completed (step 9): the rack units and IPs are freed and
/// the asset is marked withdrawn with its date. Nothing is deleted.
class WithdrawalProcess
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawalProcess)

public:
    explicit WithdrawalProcess(Database &db) : m_db(db) {}

    /// Registers a withdrawal request for an active asset without another open withdrawal.
    Result<Request> registerWithdrawal(const WithdrawalLetter &letter);
    /// Every problem of `letter` (reasons, the asset active and without an open withdrawal);
    /// writes nothing.
    QList<Error> problems(const WithdrawalLetter &letter) const;
    /// The head of division's decision; `reasons` are required for a rejection.
    Status decide(qint64 requestId, bool approved, const QString &decidedBy, const QString &reasons = {});
    /// The server was removed on `withdrawnOn`: frees its units and IPs, withdraws the asset.
    Status complete(qint64 requestId, const QDate &withdrawnOn);

private:
    Status checkAsset(qint64 assetId) const;

    Database &m_db;
};

} // namespace kolokasi
