// Create and read the entities of the foundation, and the schema's unique rules, on both
// engines. Runs as tst_repositories.sqlite and tst_repositories.postgresql.
#include "TestDatabase.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "services/DataCentreService.h"
#include "store/Query.h"
#include "store/RequestRepository.h"
#include "services/MasterData.h"

#include <QTimeZone>
#include <QUuid>
#include <QtTest>

using namespace kolokasi;
using test::TestDatabase;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_database;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 30), QTimeZone::utc())};

    Unit makeUnit(const QString &name)
    {
        auto unit = MasterData(m_database.db()).create({0, name, {}, QStringLiteral("Jl. Sunan Drajat No. 15"), {}, {}, 0});
        if (!unit.ok())
            qFatal("cannot create unit: %s", qPrintable(unit.error().message));
        return *unit;
    }

    // A live placement row written directly: the workflow that makes them comes later.
    Status insertPlacement(const QString &status, const QString &domain, const QString &serial)
    {
        const Unit unit = makeUnit(QStringLiteral("Unit ") + QUuid::createUuid().toString());
        Request request;
        request.unitId = unit.id;
        request.subject = QStringLiteral("Co-location server");
        const auto stored = RequestRepository(m_database.db()).create(request);
        if (!stored.ok())
            return stored.error();
        Query server(m_database.db(), QStringLiteral("INSERT INTO servers (request_id, position, name) VALUES (:r, 1, 'srv') RETURNING id"));
        server.bind(QStringLiteral(":r"), stored->id);
        const auto serverId = server.insertedId();
        if (!serverId.ok())
            return serverId.error();
        return Query(m_database.db(), QStringLiteral("INSERT INTO placements (server_id, domain, serial_number, status, created_at) "
                                           "VALUES (:s, :domain, :serial, :status, 'now')"))
                .bind(QStringLiteral(":s"), *serverId)
                .bind(QStringLiteral(":domain"), domain)
                .bind(QStringLiteral(":serial"), serial)
                .bind(QStringLiteral(":status"), status)
                .exec();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_database.start(m_clock));
        m_database.db().setActor(QStringLiteral("admin.dc"));
    }

    void cleanup() { m_database.stop(); }

    void createsAndReadsAUnitWithItsOfficer()
    {
        const Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"));
        QVERIFY(unit.id > 0);
        QCOMPARE(unit.rowVersion, 1);
        QCOMPARE(MasterData(m_database.db()).find(unit.id)->address, QStringLiteral("Jl. Sunan Drajat No. 15"));

        Officer officer{0, unit.id, QStringLiteral("SUGENG DARSONO, SH, MM"), QStringLiteral("196207181986031003"),
                        QStringLiteral("Kepala Bidang"), QStringLiteral("0231 8330580"), {}, 0};
        const auto stored = MasterData(m_database.db()).createOfficer(officer);
        KOLOKASI_VERIFY_OK(stored);
        QCOMPARE(stored->nip, QStringLiteral("196207181986031003"));
        QCOMPARE(stored->unitId, unit.id);
        QCOMPARE(MasterData(m_database.db()).officersOf(unit.id)->size(), 1);
    }

    void aUnitNeedsAName()
    {
        const auto refused = MasterData(m_database.db()).create({0, QStringLiteral("   "), {}, {}, {}, {}, 0});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("required"));
        QCOMPARE(refused.error().field, QStringLiteral("name"));
    }

    void unitNamesAndNipsAreUnique()
    {
        const Unit unit = makeUnit(QStringLiteral("Bappeda"));
        const auto sameName = MasterData(m_database.db()).create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0});
        QVERIFY(!sameName.ok());
        QCOMPARE(sameName.error().code, QStringLiteral("duplicate"));
        QCOMPARE(sameName.error().field, QStringLiteral("name"));

        Officer officer{0, unit.id, QStringLiteral("SUMARINAN"), QStringLiteral("197310081992032001"), {}, {}, {}, 0};
        QVERIFY(MasterData(m_database.db()).createOfficer(officer).ok());
        const auto sameNip = MasterData(m_database.db()).createOfficer(officer);
        QVERIFY(!sameNip.ok());
        QCOMPARE(sameNip.error().code, QStringLiteral("duplicate"));
        QCOMPARE(sameNip.error().field, QStringLiteral("nip"));
    }

    void anOfficersNipIsCheckedAndStoredAsDigits()
    {
        const Unit unit = makeUnit(QStringLiteral("Kecamatan Sumber"));
        const auto refused = MasterData(m_database.db()).createOfficer(
                {0, unit.id, QStringLiteral("X"), QStringLiteral("196207181986033003"), {}, {}, {}, 0});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("nip_gender"));
        QCOMPARE(refused.error().field, QStringLiteral("nip"));
        const auto stored = MasterData(m_database.db()).createOfficer(
                {0, unit.id, QStringLiteral("Y"), QStringLiteral("19620718 198603 1 003"), {}, {}, {}, 0});
        KOLOKASI_VERIFY_OK(stored);
        QCOMPARE(stored->nip, QStringLiteral("196207181986031003"));
    }

    void anOfficerOfAMissingUnitIsRefused()
    {
        const auto refused = MasterData(m_database.db()).createOfficer({0, 4242, QStringLiteral("X"), {}, {}, {}, {}, 0});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("missing_reference"));
        QCOMPARE(Query(m_database.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'officer'")).scalar()->toInt(), 0);
    }

    void createsNocsAndRacks()
    {
        const auto noc = DataCentreService(m_database.db()).createNoc({0, QStringLiteral("NOC Utama"), QStringLiteral("Lantai 2"), 0, {}});
        KOLOKASI_VERIFY_OK(noc);
        const auto rack = DataCentreService(m_database.db()).createRack({0, noc->id, QStringLiteral("R01"), 42, 5000, 0, {}, {}});
        KOLOKASI_VERIFY_OK(rack);
        QCOMPARE(rack->heightU, 42);
        QCOMPARE(rack->powerBudgetW, 5000);
        QCOMPARE(DataCentreService(m_database.db()).racksOf(noc->id)->size(), 1);
        QCOMPARE(DataCentreService(m_database.db()).nocs()->first().location, QStringLiteral("Lantai 2"));
    }

    void rackNamesAreUniqueWithinANoc()
    {
        DataCentreService dc(m_database.db());
        const auto first = dc.createNoc({0, QStringLiteral("NOC A"), {}, 0, {}});
        const auto second = dc.createNoc({0, QStringLiteral("NOC B"), {}, 0, {}});
        QVERIFY(dc.createRack({0, first->id, QStringLiteral("R01"), 42, 0, 0, {}, {}}).ok());
        QVERIFY(dc.createRack({0, second->id, QStringLiteral("R01"), 42, 0, 0, {}, {}}).ok());
        const auto refused = dc.createRack({0, first->id, QStringLiteral("R01"), 42, 0, 0, {}, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("duplicate"));
        QCOMPARE(refused.error().field, QStringLiteral("name"));
    }

    void aRackHasASensibleHeight_data()
    {
        QTest::addColumn<int>("height");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -4;
        QTest::newRow("too tall") << 61;
    }

    void aRackHasASensibleHeight()
    {
        QFETCH(int, height);
        const auto noc = DataCentreService(m_database.db()).createNoc({0, QStringLiteral("NOC"), {}, 0, {}});
        const auto refused = DataCentreService(m_database.db()).createRack({0, noc->id, QStringLiteral("R"), height, 0, 0, {}, {}});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("height_u"));
    }

    void registersARequestWithItsFirstHistoryEntry()
    {
        const Unit unit = makeUnit(QStringLiteral("RSUD Waled"));
        Request request;
        request.serviceType = ServiceType::Hosting;
        request.unitId = unit.id;
        request.letterNumber = QStringLiteral("045/123/RSUD/2026");
        request.letterDate = QDate(2026, 11, 20);
        request.subject = QStringLiteral("Permohonan hosting aplikasi SIMRS");
        request.needs = {2, 450, 20, 1};
        const auto stored = RequestRepository(m_database.db()).create(request);
        KOLOKASI_VERIFY_OK(stored);
        QCOMPARE(stored->step, SopStep::RequestLetter);
        QCOMPARE(stored->status, RequestStatus::Open);
        QCOMPARE(stored->serviceType, ServiceType::Hosting);
        QCOMPARE(stored->letterDate, QDate(2026, 11, 20));
        QCOMPARE(stored->receivedAt, m_clock.now());
        QCOMPARE(stored->needs.powerW, 450);
        QCOMPARE(stored->createdBy, QStringLiteral("admin.dc"));

        Query history(m_database.db(), QStringLiteral("SELECT step, action, actor FROM request_events WHERE request_id = :id"));
        history.bind(QStringLiteral(":id"), stored->id);
        QVERIFY(history.exec().ok());
        QVERIFY(history.next());
        QCOMPARE(history.value(0).toInt(), 1);
        QCOMPARE(history.value(1).toString(), QStringLiteral("register"));
        QCOMPARE(history.value(2).toString(), QStringLiteral("admin.dc"));
        QCOMPARE(RequestRepository(m_database.db()).all()->size(), 1);
    }

    void anUnknownRecordIsReportedAsNotFound()
    {
        const auto missing = RequestRepository(m_database.db()).find(999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("not_found"));
    }

    void liveDomainsAndSerialsAreUnique()
    {
        QVERIFY(insertPlacement(QStringLiteral("active"), QStringLiteral("simpeg.cirebonkab.go.id"), QStringLiteral("SN-1")).ok());
        const Status sameDomain = insertPlacement(QStringLiteral("reserved"), QStringLiteral("simpeg.cirebonkab.go.id"), QStringLiteral("SN-2"));
        QVERIFY(!sameDomain.ok());
        QCOMPARE(sameDomain.error().code, QStringLiteral("duplicate"));
        const Status sameSerial = insertPlacement(QStringLiteral("active"), QStringLiteral("other.cirebonkab.go.id"), QStringLiteral("SN-1"));
        QVERIFY(!sameSerial.ok());
        QCOMPARE(sameSerial.error().code, QStringLiteral("duplicate"));
        // A released placement is history: its domain and serial may be used again.
        QVERIFY(insertPlacement(QStringLiteral("released"), QStringLiteral("simpeg.cirebonkab.go.id"), QStringLiteral("SN-1")).ok());
    }

    void liveIpAddressesAreUnique()
    {
        QVERIFY(insertPlacement(QStringLiteral("active"), QStringLiteral("a.go.id"), QStringLiteral("A")).ok());
        const auto insertIp = [&](const QString &status) {
            return Query(m_database.db(), QStringLiteral("INSERT INTO ip_addresses (placement_id, address, status, assigned_at) "
                                               "VALUES (1, '103.10.20.5', :status, 'now')"))
                    .bind(QStringLiteral(":status"), status)
                    .exec();
        };
        QVERIFY(insertIp(QStringLiteral("active")).ok());
        const Status again = insertIp(QStringLiteral("reserved"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("duplicate"));
        QVERIFY(insertIp(QStringLiteral("released")).ok());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
