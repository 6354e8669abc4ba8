#pragma once

// Small builders for workflow, capacity and register tests: a data centre with racks and
// pools, a unit with its officer, and a driver that takes a request to any step through
// the public workflow API.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "capacity/CapacityCalculator.h"
#include "common/Clock.h"
#include "common/StatusOf.h"
#include "domain/Officer.h"
#include "domain/Unit.h"
#include "services/DataCentreService.h"
#include "store/Database.h"
#include "services/FacilityService.h"
#include "store/PlacementRepository.h"
#include "store/Query.h"
#include "store/ServerRepository.h"
#include "store/UnitRepository.h"
#include "workflow/RequestWorkflow.h"

#include <QTimeZone>

namespace kolokasi::test {

/// Stops the test program when fixture setup fails: the setup is not what a test checks.
template<typename T>
T must(Result<T> result, const char *what)
{
    if (!result.ok())
        qFatal("fixture: %s failed: [%s] %s", what, qPrintable(result.error().code),
               qPrintable(result.error().message));
    return std::move(result).value();
}

inline void must(const Status &status, const char *what)
{
    if (!status.ok())
        qFatal("fixture: %s failed: [%s] %s", what, qPrintable(status.error().code),
               qPrintable(status.error().message));
}

/// Wednesday 25 November 2026, 09:00 UTC.
inline QDateTime fixtureStart()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
}

/// A NOC with racks of 42 U (2000 W each), a public /28 pool, a private pool, UPS, genset
/// and bandwidth, and one unit with an officer who has a valid NIP.
struct DataCentre
{
    Noc noc;
    QList<Rack> racks;
    IpPool publicPool;
    Unit unit;
    Officer officer;

    static DataCentre build(Database &db, int rackCount = 2, int rackPowerW = 2000)
    {
        DataCentre dc;
        DataCentreService rooms(db);
        dc.noc = must(rooms.createNoc({0, QStringLiteral("NOC Utama"), QStringLiteral("Lantai 2"), 0, {}}), "noc");
        for (int i = 1; i <= rackCount; ++i)
            dc.racks.append(must(rooms.createRack({0, dc.noc.id, QStringLiteral("R%1").arg(i, 2, 10, QLatin1Char('0')),
                                                   42, rackPowerW, 0, {}, {}}),
                                 "rack"));
        FacilityService facility(db);
        dc.publicPool = must(facility.createPool({0, QStringLiteral("Publik"), QStringLiteral("103.20.30.0/28"), true, {}, {}, 0, {}}),
                             "pool");
        must(facility.createPool({0, QStringLiteral("LAN"), QStringLiteral("10.10.0.0/24"), false, {}, {}, 0, {}}),
             "lan pool");
        must(facility.createResource({0, QStringLiteral("ups"), QStringLiteral("UPS 20 kVA"), 16000, 0, {}}), "ups");
        must(facility.createResource({0, QStringLiteral("genset"), QStringLiteral("Genset 50 kVA"), 40000, 0, {}}), "genset");
        must(facility.createResource({0, QStringLiteral("bandwidth"), QStringLiteral("Internet"), 1000, 0, {}}), "bandwidth");
        dc.unit = must(UnitRepository(db).create({0, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"),
                                                  QStringLiteral("Jl. Sunan Drajat No. 15, Sumber"), {}, {}, 0}),
                       "unit");
        dc.officer = must(UnitRepository(db).createOfficer({0, dc.unit.id, QStringLiteral("SUMARINAH, S.Kom"),
                                                            QStringLiteral("197310081992032001"),
                                                            QStringLiteral("Kepala Seksi"), {}, {}, 0}),
                          "officer");
        return dc;
    }
};

inline Server makeServer(const QString &name, int rackUnits = 2, int powerW = 400)
{
    Server server;
    server.name = name;
    server.rackUnits = rackUnits;
    server.powerW = powerW;
    server.requested = {QStringLiteral("Intel Xeon Silver 4310"), QStringLiteral("64 GB"),
                        QStringLiteral("Dell 0XYZ"), QStringLiteral("2 x 960 GB SSD"),
                        QStringLiteral("2 x 750 W"), {}};
    return server;
}

/// Takes requests through the steps with sensible defaults, a few minutes apart.
class RequestDriver
{
public:
    RequestDriver(Database &db, FixedClock &clock, const DataCentre &dc) : m_db(db), m_clock(clock), m_dc(dc) {}

    RequestLetter letter(QList<Server> servers = {makeServer(QStringLiteral("srv-simpus"))}, int publicIps = 1,
                         ServiceType type = ServiceType::Colocation) const
    {
        RequestLetter letter;
        letter.request.serviceType = type;
        letter.request.unitId = m_dc.unit.id;
        letter.request.letterNumber = QStringLiteral("445/123/Dinkes/2026");
        letter.request.letterDate = QDate(2026, 11, 24);
        letter.request.subject = QStringLiteral("Permohonan co-location server SIMPUS");
        letter.request.needs.bandwidthMbps = 20;
        letter.request.needs.publicIps = publicIps;
        letter.servers = servers;
        return letter;
    }

    qint64 registerLetter(const RequestLetter &letter)
    {
        return must(workflow().registerLetter(letter), "register").id;
    }

    Application application(const QString &domain = QStringLiteral("simpus.cirebonkab.go.id")) const
    {
        Application form;
        form.officerId = m_dc.officer.id;
        form.unitAddress = QStringLiteral("Jl. Sunan Drajat No. 15, Sumber");
        form.contactPhone = QStringLiteral("0812-2345-6789");
        form.domain = domain;
        form.domainActiveDate = QDate(2026, 12, 1);
        form.permanent = true;
        return form;
    }

    /// An approval with the planner's proposal and a serial number per server.
    Approval approval(qint64 requestId) const
    {
        Approval approval;
        approval.approved = true;
        approval.location = QStringLiteral("Data Center Diskominfo");
        approval.reasons = QStringLiteral("Kapasitas tersedia");
        approval.decidedBy = QStringLiteral("Ir. HENDRA GUNAWAN, M.T.");
        approval.blocks = must(workflow().proposePlacement(requestId), "proposal").blocks;
        for (PlacementBlock &block : approval.blocks)
            block.serialNumber = QStringLiteral("SN-%1-%2").arg(requestId).arg(block.serverId);
        return approval;
    }

    /// A handover where every server arrives exactly as requested.
    Handover handover(qint64 requestId) const
    {
        Handover handover;
        handover.receiverName = QStringLiteral("AHMAD FAUZI, S.T.");
        handover.receiverNip = QStringLiteral("198505122010011004");
        handover.receiverUnit = QStringLiteral("Diskominfo Kabupaten Cirebon");
        for (const Server &server : must(ServerRepository(m_db).serversOf(requestId), "servers"))
            handover.servers.append({server.id, server.requested});
        return handover;
    }

    /// Runs the default action of every step after the request's current one, up to `step`.
    void advanceTo(qint64 requestId, int step)
    {
        for (int next = currentStep(requestId) + 1; next <= step; ++next) {
            m_clock.advanceSecs(5 * 60);
            must(runStep(requestId, next), "step");
        }
    }

    Status runStep(qint64 requestId, int step)
    {
        RequestWorkflow flow = workflow();
        switch (step) {
        case 2: return flow.dispose(requestId, {0, {}, QStringLiteral("Seksi Infrastruktur TI"), {}, 0});
        case 3: return statusOf(flow.checkCapacity(requestId, {true, {}}));
        case 4: return flow.fillApplication(requestId, application());
        case 5: return flow.decide(requestId, approval(requestId));
        case 6: return flow.notifyUnit(requestId, QStringLiteral("Surat pemberitahuan dikirim"));
        case 7: return flow.recordDelivery(requestId, QStringLiteral("Server diantar"));
        case 8: return flow.handOver(requestId, handover(requestId));
        case 9: return flow.reportCompletion(requestId, QStringLiteral("Server dapat diakses"));
        default: return Error{QStringLiteral("fixture"), QStringLiteral("no step %1").arg(step), {}};
        }
    }

    int currentStep(qint64 requestId) const
    {
        Query query(m_db, QStringLiteral("SELECT step FROM requests WHERE id = :id"));
        return must(query.bind(QStringLiteral(":id"), requestId).scalar(), "step").toInt();
    }

    RequestWorkflow workflow() const { return RequestWorkflow(m_db); }

private:
    Database &m_db;
    FixedClock &m_clock;
    const DataCentre &m_dc;
};

/// A single value of a query with one :id placeholder, for assertions.
inline QVariant valueOf(Database &db, const QString &sql, qint64 id)
{
    Query query(db, sql);
    return must(query.bind(QStringLiteral(":id"), id).scalar(), "query");
}

/// Asserts that `status` is a refusal with `code` for `field`, with a message for the user.
inline void verifyRefused(const Status &status, const char *code, const char *field)
{
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QString::fromLatin1(code));
    QCOMPARE(status.error().field, QString::fromLatin1(field));
    QVERIFY(!status.error().message.isEmpty());
}

/// A fresh database with a data centre and a request driver for each test function:
/// `start()` in init(), `stop()` in cleanup(). The clock starts at fixtureStart().
class WorkflowSession
{
public:
    Status start(int rackCount = 2, int rackPowerW = 2000)
    {
        clock.set(fixtureStart());
        if (Status started = m_database.start(clock); !started.ok())
            return started;
        db().setActor(QStringLiteral("admin.dc"));
        dc = DataCentre::build(db(), rackCount, rackPowerW);
        m_driver = std::make_unique<RequestDriver>(db(), clock, dc);
        return {};
    }

    void stop()
    {
        m_driver.reset();
        m_database.stop();
    }

    Database &db() { return m_database.db(); }
    /// Another connection to the same database: a second admin at another PC.
    Result<std::unique_ptr<Database>> openSecondSession() { return m_database.fixture().open(clock); }
    RequestDriver &driver() { return *m_driver; }
    RequestWorkflow flow() { return RequestWorkflow(db()); }

    FixedClock clock{fixtureStart()};
    DataCentre dc;

private:
    PerTestDatabase m_database;
    std::unique_ptr<RequestDriver> m_driver;
};

} // namespace kolokasi::test
