#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "domain/Officer.h"
#include "domain/Request.h"
#include "domain/Unit.h"
#include "workflow/RequestWorkflow.h"

#include <QCoreApplication>
#include <QList>

namespace kolokasi {

class Database;

/// A realistic data centre of Kabupaten Cirebon for trying the app: agency profile and
/// signatories, 2 NOCs with 12 racks, IP pools, about 25 units with their officers, about 60
/// installed servers, requests standing at every step and closed by every branch, and
/// withdrawals. Everything goes through the core API, so the demo obeys every rule.
/// Deterministic: a fixed clock moves through fixed dates.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    /// `clock` must be the clock `db` was opened with; the demo moves it.
    DemoData(Database &db, FixedClock &clock) : m_db(db), m_clock(clock), m_flow(db) {}

    /// Fills an empty database; stops at the first refusal.
    Status fill();

    /// When the demo's fixed clock starts.
    static QDateTime startTime();
    /// Fills `db` in one transaction if it holds no data (not_empty otherwise), as actor
    /// "demo", moving `clock`, which must be the clock `db` reads.
    static Status fillEmpty(Database &db, FixedClock &clock);
    /// The same for a database opened with another clock (the window's first run): the demo's
    /// own clock is used while it fills, then the database's clock and actor are put back.
    static Status fillEmpty(Database &db);
    /// The demo agency alone (profile with kop and place, numbering pattern, signatories,
    /// holidays) in one transaction, so a generated database prints like a real one.
    static Status writeAgency(Database &db);

private:
    struct DemoUnit
    {
        Unit unit;
        Officer officer;
        QString app;
    };

    /// What a demo request looks like before it is registered.
    struct Plan
    {
        int unit = 0;
        QString app;
        int servers = 1;
        ServiceType type = ServiceType::Colocation;
        int publicIps = 1;
        QDate validUntil; // invalid: permanent
    };

    Status agency();
    Status dataCentre();
    Status units();
    Status history();
    Status showcase();
    Status completedWithdrawal();
    Status pendingWithdrawals();
    Status withdraw(const QString &app, const QDate &day, int step);
    Status correctContact(qint64 requestId);

    Result<qint64> registerLetter(const Plan &plan);
    Status runTo(qint64 requestId, const Plan &plan, int step);
    Status runStep(qint64 requestId, const Plan &plan, int step);
    Status approve(qint64 requestId, const Plan &plan);
    Status handOver(qint64 requestId, const QString &mismatchNote = {});
    Result<qint64> assetOf(const QString &app) const;
    void at(const QDate &day, int hourUtc, int minute = 0);
    void later(int minutes) { m_clock.advanceSecs(qint64(minutes) * 60); }

    Database &m_db;
    FixedClock &m_clock;
    RequestWorkflow m_flow;
    QList<DemoUnit> m_units;
    QString m_headOfDivision;
    QString m_dcOfficer;
    QString m_dcOfficerNip;
    int m_serial = 0;
};

} // namespace kolokasi
