// The store's foundation on both engines: migrations, reopening, refusals, append-only
// history, whole rollback. Runs as tst_database.sqlite and tst_database.postgresql.
#include "TestDatabase.h"
#include "Concurrently.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Query.h"
#include "store/UnitRepository.h"

#include <QtTest>

using namespace kolokasi;
using test::TestDatabase;

namespace {
qint64 countRows(const Database &db, const QString &table)
{
    Query query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    const auto count = query.scalar();
    return count.ok() ? count->toLongLong() : -1;
}
} // namespace

class TestDatabaseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void migratesAnEmptyDatabaseToTheNewestSchema()
    {
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const QStringList tables{
                QStringLiteral("settings"), QStringLiteral("signatories"), QStringLiteral("units"),
                QStringLiteral("officers"), QStringLiteral("nocs"), QStringLiteral("racks"),
                QStringLiteral("facility_resources"), QStringLiteral("ip_pools"), QStringLiteral("requests"),
                QStringLiteral("dispositions"), QStringLiteral("capacity_checks"),
                QStringLiteral("capacity_check_items"), QStringLiteral("applications"),
                QStringLiteral("approvals"), QStringLiteral("step_reports"), QStringLiteral("handovers"),
                QStringLiteral("servers"), QStringLiteral("server_specs"), QStringLiteral("placements"),
                QStringLiteral("ip_addresses"), QStringLiteral("assets"), QStringLiteral("withdrawals"),
                QStringLiteral("reviews"), QStringLiteral("review_items"),
                QStringLiteral("document_sequences"), QStringLiteral("documents"),
                QStringLiteral("holidays"), QStringLiteral("request_events"), QStringLiteral("audit_log")};
        for (const QString &table : tables)
            QVERIFY2(countRows(*db.value(), table) == 0, qPrintable(table));
    }

    void reopeningIsIdempotentAndKeepsData()
    {
        TestDatabase fixture;
        {
            const auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            QVERIFY(UnitRepository(*db.value()).create({0, QStringLiteral("Dinas Kesehatan"), {}, {}, {}, {}, 0}).ok());
        }
        const auto again = fixture.open();
        KOLOKASI_VERIFY_OK(again);
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(countRows(*again.value(), QStringLiteral("schema_version")), qint64(Migrator::available().size()));
        QCOMPARE(countRows(*again.value(), QStringLiteral("units")), qint64(1));
    }

    void aNewerSchemaIsRefused()
    {
        TestDatabase fixture;
        {
            const auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            QVERIFY(Query(*db.value(), QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                                      "VALUES (:v, 'from_the_future', '2030-01-01T00:00:00Z')"))
                            .bind(QStringLiteral(":v"), Database::latestSchemaVersion() + 1)
                            .exec()
                            .ok());
        }
        const auto refused = fixture.open();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("schema_too_new"));
        QVERIFY(refused.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
    }

    void sqliteRunsInWalWithForeignKeys()
    {
        if (TestDatabase::isPostgres())
            return; // PostgreSQL has neither pragma; its constraints are always on.
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(Query(*db.value(), QStringLiteral("PRAGMA journal_mode")).scalar()->toString(), QStringLiteral("wal"));
        QCOMPARE(Query(*db.value(), QStringLiteral("PRAGMA foreign_keys")).scalar()->toInt(), 1);
        QVERIFY(Query(*db.value(), QStringLiteral("PRAGMA busy_timeout")).scalar()->toInt() >= 5000);
    }

    void theAuditLogIsAppendOnly_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update audit_log") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'");
        QTest::newRow("delete audit_log") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("update request_events") << QStringLiteral("UPDATE request_events SET actor = 'x'");
        QTest::newRow("delete request_events") << QStringLiteral("DELETE FROM request_events");
    }

    void theAuditLogIsAppendOnly()
    {
        QFETCH(QString, statement);
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        QVERIFY(AuditLog(database).append(QStringLiteral("test"), QStringLiteral("unit"), 1, QStringLiteral("x")).ok());
        QVERIFY(Query(database, QStringLiteral("INSERT INTO units (name, created_at) VALUES ('U', 'x')")).exec().ok());
        QVERIFY(Query(database, QStringLiteral("INSERT INTO requests (service_type, unit_id, subject, received_at, "
                                               "created_by) VALUES ('hosting', 1, 's', 'x', 'me')")).exec().ok());
        QVERIFY(Query(database, QStringLiteral("INSERT INTO request_events (request_id, step, action, actor, at) "
                                               "VALUES (1, 1, 'register', 'me', 'x')")).exec().ok());

        const Status changed = Query(database, statement).exec();
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QLatin1String("append-only")), qPrintable(changed.error().message));
        QCOMPARE(countRows(database, QStringLiteral("audit_log")), qint64(1));
        QCOMPARE(countRows(database, QStringLiteral("request_events")), qint64(1));
        const auto entries = AuditLog(database).latest(10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().actor, database.actor());
    }

    void aFailingWriteRollsBackWhole()
    {
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        UnitRepository units(database);

        // GIVEN a transaction that stores a unit, then a second one with the same name
        const Status outcome = database.transaction([&]() -> Status {
            if (auto first = units.create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0}); !first.ok())
                return first.error();
            if (auto second = units.create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0}); !second.ok())
                return second.error();
            return {};
        });

        // THEN the duplicate is refused and nothing of the transaction stays, audit included
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("duplicate"));
        QCOMPARE(countRows(database, QStringLiteral("units")), qint64(0));
        QCOMPARE(countRows(database, QStringLiteral("audit_log")), qint64(0));

        // AND the connection is usable afterwards
        QVERIFY(units.create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0}).ok());
        QCOMPARE(countRows(database, QStringLiteral("units")), qint64(1));
    }

    void twoProgramsOpeningANewDatabaseAtOnceMigrateItOnce()
    {
        TestDatabase fixture;
        const QStringList failures = test::runTogether([&](int) {
            const auto db = fixture.open();
            return db.ok() ? QString() : db.error().message;
        });
        QCOMPARE(failures, QStringList({QString(), QString()}));
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(countRows(*db.value(), QStringLiteral("schema_version")), qint64(Migrator::available().size()));
    }

    void twoConnectionsShareOneDatabase()
    {
        TestDatabase fixture;
        const auto first = fixture.open();
        const auto second = fixture.open();
        QVERIFY2(first.ok() && second.ok(), "both connections open");
        QVERIFY(UnitRepository(*first.value()).create({0, QStringLiteral("Dinas Pendidikan"), {}, {}, {}, {}, 0}).ok());
        const auto seen = UnitRepository(*second.value()).all();
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), 1);
        const auto duplicate = UnitRepository(*second.value()).create({0, QStringLiteral("Dinas Pendidikan"), {}, {}, {}, {}, 0});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("duplicate"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStore)
#include "tst_database.moc"
