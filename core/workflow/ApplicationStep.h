#pragma once

#include "common/Result.h"
#include "domain/Application.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;
struct Officer;
struct Request;

/// SOP step 4: the admin fills the PENGAJUAN form (unit, responsible officer and NIP, unit
/// address, contact number, domain, domain active date, validity). Standard: 15 minutes.
class ApplicationStep
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStep)

public:
    explicit ApplicationStep(Database &db) : m_db(db) {}

    /// Stores the form of a request at step 3 (capacity available) and moves it to step 4.
    Status fill(qint64 requestId, const Application &application);
    /// Whether a stored form is complete enough to be approved (every field of the SOP form,
    /// the officer's NIP included); the error names the missing field.
    Status checkComplete(const Request &request) const;
    /// Every problem of `application` for the request `requestId` (officer of the unit,
    /// address, contact number, domain, validity); writes nothing.
    QList<Error> problems(qint64 requestId, const Application &application) const;
    /// The same for a request already read.
    QList<Error> problems(const Request &request, const Application &application) const;

private:
    Status checkOfficer(qint64 officerId, const Request &request, Officer *officer) const;

    Database &m_db;
};

} // namespace kolokasi
