#pragma once

#include "common/Result.h"
#include "domain/Withdrawal.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;
class Query;

/// The pencabutan details of withdrawal requests.
class WithdrawalRepository
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawalRepository)

public:
    explicit WithdrawalRepository(Database &db) : m_db(db) {}

    Status create(const Withdrawal &withdrawal);
    Result<Withdrawal> find(qint64 requestId) const;
    /// Whether an open withdrawal request already points at this asset.
    Result<bool> openForAsset(qint64 assetId) const;
    /// Records the head of division's decision.
    Status decide(qint64 requestId, bool approved, const QString &decidedBy);
    /// Records when the server was removed.
    Status complete(qint64 requestId);

private:
    Status update(Query &query, qint64 requestId, const QString &action, const QString &details);

    Database &m_db;
};

} // namespace kolokasi
