// Editing, retiring and searching units and officers, guarded by row_version, on both engines.
// Runs as tst_unitrepository.sqlite and tst_unitrepository.postgresql.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "domain/UnitHeadTitle.h"
#include "store/AuditLog.h"
#include "services/MasterData.h"

#include <QtTest>

using namespace kolokasi;

namespace {
const QString kNip = QStringLiteral("197310081992032001");
const QString kPppk = QStringLiteral("199203152021212001");

QStringList namesOf(const QList<Unit> &units)
{
    QStringList names;
    for (const Unit &unit : units)
        names.append(unit.name);
    return names;
}
} // namespace

class TestUnitRepository : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_database;

    MasterData units() { return MasterData(m_database.db()); }

    Unit makeUnit(const QString &name, const QString &code)
    {
        Unit unit;
        unit.name = name;
        unit.shortName = code;
        auto made = units().create(unit);
        if (!made.ok())
            qFatal("cannot create unit: %s", qPrintable(made.error().message));
        return *made;
    }

    Officer makeOfficer(qint64 unitId, const QString &name, const QString &number,
                        EmployeeKind kind)
    {
        Officer officer;
        officer.unitId = unitId;
        officer.name = name;
        officer.nip = number;
        officer.kind = kind;
        auto made = units().createOfficer(officer);
        if (!made.ok())
            qFatal("cannot create officer: %s", qPrintable(made.error().message));
        return *made;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_database.start()); }
    void cleanup() { m_database.stop(); }

    void anOfficerIsStoredWithTheKindOfTheirNumber()
    {
        const Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        const Officer pns =
            makeOfficer(unit.id, QStringLiteral("SUMARINAH"), kNip, EmployeeKind::Pns);
        const Officer pppk =
            makeOfficer(unit.id, QStringLiteral("RIZKY FAUZAN"),
                        QStringLiteral("19920315 202121 2 001"), EmployeeKind::Pppk);
        QCOMPARE(units().findOfficer(pns.id)->kind, EmployeeKind::Pns);
        QCOMPARE(units().findOfficer(pppk.id)->kind, EmployeeKind::Pppk);
        QCOMPARE(units().findOfficer(pppk.id)->nip, kPppk);
        QVERIFY(!pppk.isRetired());
    }

    void eachNumberIsCheckedByTheRuleOfItsKind()
    {
        const Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        Officer officer;
        officer.unitId = unit.id;
        officer.name = QStringLiteral("RIZKY FAUZAN");
        officer.nip = kPppk; // digits 13-14 "21": not a NIP month
        officer.kind = EmployeeKind::Pns;
        const auto asPns = units().createOfficer(officer);
        QVERIFY(!asPns.ok());
        QCOMPARE(asPns.error().code, QStringLiteral("nip_appointment"));
        QCOMPARE(asPns.error().field, QStringLiteral("nip"));
        QCOMPARE(units().officersOf(unit.id)->size(), 0); // nothing half-saved

        officer.nip = QStringLiteral("199203152021213001");
        officer.kind = EmployeeKind::Pppk;
        QCOMPARE(units().createOfficer(officer).error().code, QStringLiteral("pppk_gender"));
    }

    void aUnitIsEditedAndItsVersionBumped()
    {
        Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        unit.name = QStringLiteral("Dinas Kesehatan dan KB");
        unit.shortName = QStringLiteral("Dinkes KB");
        unit.address = QStringLiteral("Jl. Sunan Kalijaga No. 7, Sumber");
        unit.phone = QStringLiteral("(0231) 321197");
        const auto saved = units().update(unit);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->rowVersion, unit.rowVersion + 1);
        const auto stored = units().find(unit.id);
        QCOMPARE(stored->name, unit.name);
        QCOMPARE(stored->shortName, unit.shortName);
        QCOMPARE(stored->address, unit.address);
        QCOMPARE(stored->phone, unit.phone);

        const auto log = AuditLog(m_database.db()).latest(1);
        QCOMPARE(log->first().action, QStringLiteral("update"));
        QCOMPARE(log->first().entity, QStringLiteral("unit"));
    }

    void aUnitKeepsItsHeadsTitleOrFollowsTheDefault()
    {
        // GIVEN a kecamatan stored without a title (as every unit before migration 18)
        Unit unit = makeUnit(QStringLiteral("Kecamatan Sumber"), QStringLiteral("Kec. Sumber"));
        QVERIFY(unit.headTitle.isEmpty());
        QCOMPARE(UnitHeadTitle::of(unit), QStringLiteral("Camat Sumber"));
        // WHEN the admin types its own title THEN it is stored and wins
        unit.headTitle = QStringLiteral("Plt. Camat Sumber");
        const auto titled = units().update(unit);
        KOLOKASI_VERIFY_OK(titled);
        QCOMPARE(units().find(unit.id)->headTitle, QStringLiteral("Plt. Camat Sumber"));
        // WHEN the title is set back to the default THEN nothing is stored: it follows a rename
        Unit back = *titled;
        back.headTitle = QStringLiteral("Camat Sumber");
        KOLOKASI_VERIFY_OK(units().update(back));
        Unit renamed = *units().find(unit.id);
        QVERIFY(renamed.headTitle.isEmpty());
        renamed.name = QStringLiteral("Kecamatan Sumber Kota");
        KOLOKASI_VERIFY_OK(units().update(renamed));
        QCOMPARE(UnitHeadTitle::of(*units().find(unit.id)), QStringLiteral("Camat Sumber Kota"));
    }

    void anOfficerIsEditedIncludingTheirKind()
    {
        const Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        Officer officer = makeOfficer(unit.id, QStringLiteral("RIZKY"), kNip, EmployeeKind::Pns);
        officer.name = QStringLiteral("RIZKY FAUZAN, S.Kom");
        officer.kind = EmployeeKind::Pppk;
        officer.nip = kPppk;
        officer.position = QStringLiteral("Pranata Komputer Ahli Pertama");
        officer.phone = QStringLiteral("0857 3000 0001");
        officer.email = QStringLiteral("rizky@cirebonkab.go.id");
        const auto saved = units().updateOfficer(officer);
        KOLOKASI_VERIFY_OK(saved);
        QCOMPARE(saved->kind, EmployeeKind::Pppk);
        QCOMPARE(saved->nip, kPppk);
        QCOMPARE(saved->name, officer.name);
        QCOMPARE(saved->position, officer.position);
        QCOMPARE(saved->email, officer.email);
        QCOMPARE(saved->rowVersion, officer.rowVersion + 1);
    }

    void anEditOnAStaleVersionIsRefused()
    {
        // GIVEN two admins who read the same unit and officer
        Unit unit = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        Officer officer =
            makeOfficer(unit.id, QStringLiteral("SUMARINAH"), kNip, EmployeeKind::Pns);
        auto second = m_database.fixture().open();
        KOLOKASI_VERIFY_OK(second);
        MasterData secondAdmin(**second);
        Unit theirs = *secondAdmin.find(unit.id);
        Officer theirOfficer = *secondAdmin.findOfficer(officer.id);

        // WHEN the second saves first and the first saves what it read before
        theirs.phone = QStringLiteral("(0231) 111111");
        KOLOKASI_VERIFY_OK(secondAdmin.update(theirs));
        theirOfficer.position = QStringLiteral("Kepala Dinas");
        KOLOKASI_VERIFY_OK(secondAdmin.updateOfficer(theirOfficer));
        unit.phone = QStringLiteral("(0231) 222222");
        officer.position = QStringLiteral("Sekretaris");
        const auto unitRefused = units().update(unit);
        const auto officerRefused = units().updateOfficer(officer);
        const auto retireRefused = units().retire(unit.id, unit.rowVersion);

        // THEN the first is refused as stale and the second's change stays
        QCOMPARE(unitRefused.error().code, QStringLiteral("stale"));
        QVERIFY(!unitRefused.error().message.isEmpty());
        QCOMPARE(officerRefused.error().code, QStringLiteral("stale"));
        QCOMPARE(retireRefused.error().code, QStringLiteral("stale"));
        QCOMPARE(units().find(unit.id)->phone, QStringLiteral("(0231) 111111"));
        QCOMPARE(units().find(unit.id)->isRetired(), false);
        QCOMPARE(units().findOfficer(officer.id)->position, QStringLiteral("Kepala Dinas"));
    }

    void anEditOfAMissingRecordSaysNotFound()
    {
        Unit ghost;
        ghost.id = 4242;
        ghost.name = QStringLiteral("Dinas Hantu");
        QCOMPARE(units().update(ghost).error().code, QStringLiteral("not_found"));
        QCOMPARE(units().retireOfficer(4242, 1).error().code, QStringLiteral("not_found"));
    }

    void retiredRecordsLeavePickersButStayReadable()
    {
        const Unit kept = makeUnit(QStringLiteral("Bappeda"), QStringLiteral("Bappeda"));
        const Unit gone = makeUnit(QStringLiteral("Dinas Pariwisata"), QStringLiteral("Disparta"));
        const Officer stays =
            makeOfficer(kept.id, QStringLiteral("SUMARINAH"), kNip, EmployeeKind::Pns);
        const Officer leaves =
            makeOfficer(kept.id, QStringLiteral("RIZKY FAUZAN"), kPppk, EmployeeKind::Pppk);

        const auto retiredUnit = units().retire(gone.id, gone.rowVersion);
        KOLOKASI_VERIFY_OK(retiredUnit);
        QVERIFY(retiredUnit->isRetired());
        KOLOKASI_VERIFY_OK(units().retireOfficer(leaves.id, leaves.rowVersion));

        QCOMPARE(namesOf(*units().all(MasterData::Retired::Excluded)),
                 QStringList{QStringLiteral("Bappeda")});
        QCOMPARE(units().all()->size(), 2);
        const auto inService = units().officersOf(kept.id, MasterData::Retired::Excluded);
        QCOMPARE(inService->size(), 1);
        QCOMPARE(inService->first().id, stays.id);
        QCOMPARE(units().officersOf(kept.id)->size(), 2);
        // Old requests and printouts still find them.
        QVERIFY(units().find(gone.id)->isRetired());
        QVERIFY(units().findOfficer(leaves.id)->isRetired());
        QCOMPARE(AuditLog(m_database.db()).latest(1)->first().action, QStringLiteral("retire"));
    }

    void searchFindsUnitsByNameCodeOfficerAndNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        const QString health = QStringLiteral("Dinas Kesehatan");
        const QString planning = QStringLiteral("Bappeda");
        QTest::newRow("everything") << QString() << QStringList{planning, health};
        QTest::newRow("name, any case") << QStringLiteral("kesehatan") << QStringList{health};
        QTest::newRow("short code") << QStringLiteral("DINKES") << QStringList{health};
        QTest::newRow("officer's name") << QStringLiteral("rizky") << QStringList{planning};
        QTest::newRow("NIP grouped") << QStringLiteral("19731008 199203") << QStringList{health};
        QTest::newRow("PPPK number part") << QStringLiteral("202121") << QStringList{planning};
        QTest::newRow("wildcard taken literally") << QStringLiteral("%") << QStringList{};
        QTest::newRow("retired unit left out") << QStringLiteral("pariwisata") << QStringList{};
    }

    void searchFindsUnitsByNameCodeOfficerAndNumber()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        const Unit health = makeUnit(QStringLiteral("Dinas Kesehatan"), QStringLiteral("Dinkes"));
        const Unit planning = makeUnit(QStringLiteral("Bappeda"), {});
        const Unit tourism =
            makeUnit(QStringLiteral("Dinas Pariwisata"), QStringLiteral("Disparta"));
        makeOfficer(health.id, QStringLiteral("SUMARINAH"), kNip, EmployeeKind::Pns);
        makeOfficer(planning.id, QStringLiteral("RIZKY FAUZAN"), kPppk, EmployeeKind::Pppk);
        KOLOKASI_VERIFY_OK(units().retire(tourism.id, tourism.rowVersion));

        const auto result = units().search(text, MasterData::Retired::Excluded);
        KOLOKASI_VERIFY_OK(result);
        QCOMPARE(namesOf(*result), found);
    }

    void searchIncludesRetiredUnitsWhenAsked()
    {
        const Unit tourism =
            makeUnit(QStringLiteral("Dinas Pariwisata"), QStringLiteral("Disparta"));
        KOLOKASI_VERIFY_OK(units().retire(tourism.id, tourism.rowVersion));
        QCOMPARE(
            units().search(QStringLiteral("disparta"), MasterData::Retired::Included)->size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestUnitRepository)
#include "tst_unitrepository.moc"
