#pragma once

#include "common/Result.h"
#include "domain/Disposition.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// SOP step 2: the letter is verified and disposed (disposisi) to the infrastructure section
/// and the DC team. Standard: 15 minutes.
class DispositionStep
{
    Q_DECLARE_TR_FUNCTIONS(DispositionStep)

public:
    explicit DispositionStep(Database &db) : m_db(db) {}

    /// Records the disposition of a request at step 1 and moves it to step 2.
    Status dispose(qint64 requestId, const Disposition &disposition);
    /// Every problem of `disposition` (to whom it goes); writes nothing.
    QList<Error> problems(const Disposition &disposition) const;

private:
    Database &m_db;
};

} // namespace kolokasi
