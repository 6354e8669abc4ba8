#include "WithdrawalProcess.h"

#include "RequestTransition.h"
#include "domain/FormField.h"
#include "domain/Problems.h"
#include "store/AssetRepository.h"
#include "store/Database.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "store/WithdrawalRepository.h"
#include "validation/Required.h"

namespace kolokasi {

Result<Request> WithdrawalProcess::registerWithdrawal(const WithdrawalLetter &letter)
{
    if (Status filled = Required::text(letter.reasons, FormField::kReasons, tr("Considerations"),
                                 TextInput::Lines::Multi);
        !filled.ok())
        return filled.error();
    return m_db.transaction([&]() -> Result<Request> {
        // Two admins registering the same asset's withdrawal at once: the second waits, then
        // finds the first one pending.
        if (Status locked = PlacementRepository(m_db).lockForChanges(); !locked.ok())
            return locked.error();
        if (Status usable = checkAsset(letter.assetId); !usable.ok())
            return usable.error();
        const Asset asset = *AssetRepository(m_db).find(letter.assetId);
        Request request;
        request.kind = RequestKind::Withdrawal;
        request.serviceType = asset.serviceType;
        request.unitId = asset.unitId;
        request.letterNumber = letter.letterNumber;
        request.letterDate = letter.letterDate;
        request.subject = letter.subject.trimmed().isEmpty()
                ? QStringLiteral("Pencabutan co-location %1").arg(asset.registerNumber)
                : letter.subject;
        request.receivedAt = letter.receivedAt;
        auto created = RequestRepository(m_db).create(request);
        if (!created.ok())
            return created;
        if (Status stored = WithdrawalRepository(m_db).create({created->id, asset.id, letter.reasons, {}, {}, {}, {}, 0});
            !stored.ok())
            return stored.error();
        return created;
    });
}

QList<Error> WithdrawalProcess::problems(const WithdrawalLetter &letter) const
{
    Problems found;
    found.add(checkAsset(letter.assetId));
    found.add(Required::text(letter.reasons, FormField::kReasons, tr("Considerations"),
                                 TextInput::Lines::Multi));
    return found.list();
}

Status WithdrawalProcess::decide(qint64 requestId, bool approved, const QString &decidedBy,
                                 const QString &reasons)
{
    if (!approved) {
        if (Status filled = Required::text(reasons, QStringLiteral("reasons"), tr("Considerations"),
                                                   TextInput::Lines::Multi); !filled.ok())
            return filled;
    }
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request =
            transition.expect(requestId, SopStep::RequestLetter, RequestKind::Withdrawal);
        if (!request.ok())
            return request.error();
        if (Status decided = WithdrawalRepository(m_db).decide(requestId, approved, decidedBy); !decided.ok())
            return decided;
        if (!approved)
            return transition.close(*request, SopStep::Approval, RequestStatus::ClosedRejected,
                                    QStringLiteral("reject_withdrawal"), reasons.trimmed());
        return transition.advance(*request, SopStep::Approval, decidedBy,
                                  QStringLiteral("approve_withdrawal"));
    });
}

Status WithdrawalProcess::complete(qint64 requestId, const QDate &withdrawnOn)
{
    return m_db.transaction([&]() -> Status {
        RequestTransition transition(m_db);
        auto request = transition.expect(requestId, SopStep::Approval, RequestKind::Withdrawal);
        if (!request.ok())
            return request.error();
        auto withdrawal = WithdrawalRepository(m_db).find(requestId);
        if (!withdrawal.ok())
            return withdrawal.error();
        auto asset = AssetRepository(m_db).find(withdrawal->assetId);
        if (!asset.ok())
            return asset.error();
        const QDate day = withdrawnOn.isValid() ? withdrawnOn : m_db.clock().today();
        if (Status freed = PlacementRepository(m_db).release(asset->placementId); !freed.ok())
            return freed;
        if (Status withdrawn = AssetRepository(m_db).markWithdrawn(asset->id, day, requestId); !withdrawn.ok())
            return withdrawn;
        if (Status done = WithdrawalRepository(m_db).complete(requestId); !done.ok())
            return done;
        return transition.close(*request, SopStep::Completion, RequestStatus::Completed,
                                QStringLiteral("complete_withdrawal"), day.toString(Qt::ISODate));
    });
}

Status WithdrawalProcess::checkAsset(qint64 assetId) const
{
    if (Status chosen = Required::reference(assetId, QStringLiteral("asset"), tr("Asset")); !chosen.ok())
        return chosen;
    auto asset = AssetRepository(m_db).find(assetId);
    if (!asset.ok())
        return Error{asset.error().code, asset.error().message, QStringLiteral("asset")};
    if (asset->status != AssetStatus::Active)
        return Error{QStringLiteral("asset_not_active"), tr("Asset %1 is already withdrawn.").arg(asset->registerNumber),
                     QStringLiteral("asset")};
    auto pending = WithdrawalRepository(m_db).openForAsset(assetId);
    if (!pending.ok())
        return pending.error();
    if (*pending)
        return Error{QStringLiteral("withdrawal_pending"),
                     tr("Asset %1 already has an open withdrawal request.").arg(asset->registerNumber),
                     QStringLiteral("asset")};
    return {};
}

} // namespace kolokasi
