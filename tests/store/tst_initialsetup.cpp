// The first-run guide's writer: everything in one transaction on an empty database, nothing at
// all when a record is refused half-way, never over a database that holds data. Runs as
// tst_initialsetup.sqlite and tst_initialsetup.postgresql.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "services/DataCentreService.h"
#include "store/DatabaseContents.h"
#include "store/DocumentNumbering.h"
#include "services/FacilityService.h"
#include "services/SetupService.h"
#include "store/InitialSetup.h"
#include "services/SettingsService.h"
#include "store/UnitRepository.h"

#include <QtTest>

using namespace kolokasi;

namespace {
InitialSetupData agencyOfKuningan()
{
    InitialSetupData data;
    data.agency.governmentName = QStringLiteral("PEMERINTAH KABUPATEN KUNINGAN");
    data.agency.officeName = QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA");
    data.agency.address = QStringLiteral("Jl. Aruji Kartawinata No. 15");
    data.agency.phone = QStringLiteral("(0232) 871023");
    data.agency.place = QStringLiteral("Kuningan");
    data.numberingPattern = QStringLiteral("500.12.15/{seq:4}/{code}/Diskominfo/{year}");
    data.headOfDivision = {{},
                           QStringLiteral("Ir. DEDI SUPRIADI, M.T."),
                           QStringLiteral("19750314 200003 1 002"),
                           QStringLiteral("Kepala Bidang Aplikasi Informatika")};
    data.dataCentreOfficer = {{},
                              QStringLiteral("RINA AGUSTINA, S.Kom."),
                              QStringLiteral("199008172015022001"),
                              QStringLiteral("Pranata Komputer")};
    data.noc = {0, QStringLiteral("NOC Diskominfo"), QStringLiteral("Lantai 2"), 0, {}};
    data.rackCount = 3;
    data.rackHeightU = 42;
    data.rackPowerBudgetW = 5000;
    data.upsCapacityW = 16000;
    data.gensetCapacityW = 0;
    data.bandwidthMbps = 500;
    data.publicPool = {
        0, QStringLiteral("Publik"), QStringLiteral("103.10.20.0/26"), true, {}, {}, 0, {}};
    data.firstUnit =
        Unit{0, QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"), {}, {}, {}, 0};
    return data;
}
} // namespace

class TestInitialSetup : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_db;
    Database &db() { return m_db.db(); }

private slots:
    void initTestCase() { test::prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_db.start()); }
    void cleanup() { m_db.stop(); }

    void writesEverythingTheGuideCollected()
    {
        KOLOKASI_VERIFY_OK(SetupService(db()).write(agencyOfKuningan()));

        auto agency = SettingsService(db()).agencyProfile();
        KOLOKASI_VERIFY_OK(agency);
        QCOMPARE(agency->governmentName, QStringLiteral("PEMERINTAH KABUPATEN KUNINGAN"));
        QCOMPARE(agency->place, QStringLiteral("Kuningan"));
        // the pattern chosen in the guide numbers the first document: nothing is left to fill
        QCOMPARE(*DocumentNumbering(db()).patternFor(QStringLiteral("persetujuan")),
                 QStringLiteral("500.12.15/{seq:4}/{code}/Diskominfo/{year}"));
        auto head = SettingsService(db()).signatory(Signatory::kHeadOfDivision);
        KOLOKASI_VERIFY_OK(head);
        QCOMPARE(head->nip, QStringLiteral("197503142000031002")); // stored as digits
        auto officer = SettingsService(db()).signatory(Signatory::kDataCentreOfficer);
        KOLOKASI_VERIFY_OK(officer);
        QCOMPARE(officer->name, QStringLiteral("RINA AGUSTINA, S.Kom."));

        auto racks = DataCentreService(db()).allRacks();
        KOLOKASI_VERIFY_OK(racks);
        QCOMPARE(racks->size(), 3);
        QCOMPARE(racks->at(2).name, QStringLiteral("R03"));
        QCOMPARE(racks->at(0).powerBudgetW, 5000);
        auto resources = FacilityService(db()).resources();
        KOLOKASI_VERIFY_OK(resources);
        QCOMPARE(resources->size(), 2); // no genset: none stored
        auto pools = FacilityService(db()).pools();
        KOLOKASI_VERIFY_OK(pools);
        QCOMPARE(pools->size(), 1);
        QVERIFY(pools->first().isPublic);
        auto units = UnitRepository(db()).all();
        KOLOKASI_VERIFY_OK(units);
        QCOMPARE(units->size(), 1);
    }

    // Issue 16, point 2: a PPPK data-centre officer is stored with the kind, and read back so.
    void storesAPppkOfficerWithItsKind()
    {
        InitialSetupData data = agencyOfKuningan();
        data.dataCentreOfficer.nip = QStringLiteral("199811022024211017");
        QCOMPARE(SetupService(db()).write(data).error().field, QStringLiteral("dc_officer/nip"));
        data.dataCentreOfficer.kind = EmployeeKind::Pppk;
        data.publicPool.gateway = QStringLiteral("103.10.20.1");
        KOLOKASI_VERIFY_OK(SetupService(db()).write(data));
        auto officer = SettingsService(db()).signatory(Signatory::kDataCentreOfficer);
        KOLOKASI_VERIFY_OK(officer);
        QCOMPARE(officer->kind, EmployeeKind::Pppk);
        // and Pengaturan's edits keep it: the number is still judged as a PPPK number
        Signatory edited = *officer;
        edited.position = QStringLiteral("Pranata Komputer Ahli Pertama");
        KOLOKASI_VERIFY_OK(SettingsService(db()).editSignatories({edited}));
        QCOMPARE(SettingsService(db()).signatory(Signatory::kDataCentreOfficer)->kind,
                 EmployeeKind::Pppk);
    }

    void aRefusalHalfWayLeavesTheDatabaseEmpty()
    {
        // GIVEN everything valid up to the last record: a first unit without a name
        InitialSetupData data = agencyOfKuningan();
        data.firstUnit->name.clear();
        // WHEN it is written
        const Status written = SetupService(db()).write(data);
        // THEN it is refused naming the unit's field, and nothing before it stayed
        QVERIFY(!written.ok());
        QCOMPARE(written.error().field, QStringLiteral("unit_name"));
        auto holds = DatabaseContents(db()).holdsData();
        KOLOKASI_VERIFY_OK(holds);
        QVERIFY(!*holds);
    }

    void neverWritesOverADatabaseThatHoldsData()
    {
        KOLOKASI_VERIFY_OK(SetupService(db()).write(agencyOfKuningan()));
        InitialSetupData other = agencyOfKuningan();
        other.noc.name = QStringLiteral("NOC Kedua");
        const Status again = SetupService(db()).write(other);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("not_empty"));
        auto nocs = DataCentreService(db()).nocs();
        KOLOKASI_VERIFY_OK(nocs);
        QCOMPARE(nocs->size(), 1);
    }

    void eachPageRuleNamesItsField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("government") << "government"
                                    << "government_name";
        QTest::newRow("city") << "place"
                              << "place";
        QTest::newRow("address") << "address"
                                 << "address";
        QTest::newRow("numbering pattern") << "numbering"
                                           << "numbering_pattern";
        QTest::newRow("phone") << "phone"
                               << "phone";
        QTest::newRow("head NIP") << "headNip"
                                  << "head_of_division/nip";
        QTest::newRow("officer position") << "officerPosition"
                                          << "dc_officer/position";
        QTest::newRow("rack height") << "height"
                                     << "rack_height_u";
        QTest::newRow("rack power") << "power"
                                    << "rack_power_w";
        QTest::newRow("pool CIDR") << "cidr"
                                   << "pool_cidr";
        QTest::newRow("gateway outside the pool") << "gateway"
                                                  << "pool_gateway";
    }

    void eachPageRuleNamesItsField()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        InitialSetupData data = agencyOfKuningan();
        if (change == QLatin1String("government"))
            data.agency.governmentName = QStringLiteral("  ");
        else if (change == QLatin1String("place"))
            data.agency.place.clear();
        else if (change == QLatin1String("address"))
            data.agency.address = QStringLiteral(" ");
        else if (change == QLatin1String("numbering"))
            data.numberingPattern = QStringLiteral("050/{code}/Aptika"); // no {seq}, no {year}
        else if (change == QLatin1String("phone"))
            data.agency.phone = QStringLiteral("12");
        else if (change == QLatin1String("headNip"))
            data.headOfDivision.nip = QStringLiteral("19751314200003100");
        else if (change == QLatin1String("officerPosition"))
            data.dataCentreOfficer.position.clear();
        else if (change == QLatin1String("height"))
            data.rackHeightU = 61;
        else if (change == QLatin1String("power"))
            data.rackPowerBudgetW = 0;
        else if (change == QLatin1String("cidr"))
            data.publicPool.cidr = QStringLiteral("103.10.20.1/26");
        else if (change == QLatin1String("gateway"))
            data.publicPool.gateway = QStringLiteral("103.10.20.64");
        const Status written = SetupService(db()).write(data);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().field, field);
        auto holds = DatabaseContents(db()).holdsData();
        KOLOKASI_VERIFY_OK(holds);
        QVERIFY(!*holds);
    }
};

QTEST_GUILESS_MAIN(TestInitialSetup)
#include "tst_initialsetup.moc"
