#pragma once

#include "common/Result.h"
#include "domain/RequestLetter.h"

#include <QCoreApplication>

namespace kolokasi {

class Database;

/// SOP step 1: the unit's request letter (surat permohonan) with its servers and their
/// requested spec is registered; the request stands at step 1.
class RequestLetterStep
{
    Q_DECLARE_TR_FUNCTIONS(RequestLetterStep)

public:
    explicit RequestLetterStep(Database &db) : m_db(db) {}

    /// Registers the letter and its servers in one transaction.
    Result<Request> registerLetter(const RequestLetter &letter);
    /// Every problem of `letter` (unit, subject, servers and their needs); writes nothing.
    QList<Error> problems(const RequestLetter &letter) const;

private:
    static ResourceNeeds needsOf(const RequestLetter &letter);

    Database &m_db;
};

} // namespace kolokasi
