#pragma once

#include "common/Result.h"
#include "domain/Correction.h"
#include "domain/RequestEvent.h"
#include "store/CorrectionRepository.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;
struct CorrectableField;

/// Going back is a correction, never a silent edit: a value entered at an earlier step is
/// changed with a reason, and the request's history records field, old and new value, who
/// and when (action "correction"). Optimistic locking: a screen passes the row_version it
/// showed and is refused (stale) if someone changed the row meanwhile.
class CorrectionStep
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionStep)

public:
    explicit CorrectionStep(Database &db) : m_db(db) {}

    /// Applies `correction` and returns the history entry it wrote.
    Result<RequestEvent> correct(const Correction &correction);

    /// The fields a correction may change (CorrectionRepository::catalogue()).
    static const QList<CorrectableField> &catalogue();
    /// The field of `name`; not_found if a correction may not change it.
    static Result<CorrectableField> field(const QString &name);
    /// The value `field` of request `requestId` (its record `recordId`) holds now.
    Result<StoredValue> currentValue(const CorrectableField &field, qint64 requestId,
                                     qint64 recordId) const;

private:
    Result<QString> normalizedValue(const CorrectableField &field, const Correction &correction) const;
    Status checkUnique(const CorrectableField &field, const Correction &correction, const QString &value) const;

    Database &m_db;
};

} // namespace kolokasi
