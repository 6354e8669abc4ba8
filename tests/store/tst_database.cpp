// The store's foundation on both engines: migrations, reopening, refusals, append-only
// history, whole rollback. Runs as tst_database.sqlite and tst_database.postgresql.
#include "Concurrently.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "common/StatusOf.h"
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
        QCOMPARE(changed.error().code, QStringLiteral("append_only"));
        QCOMPARE(countRows(database, QStringLiteral("audit_log")), qint64(1));
        QCOMPARE(countRows(database, QStringLiteral("request_events")), qint64(1));
        const auto entries = AuditLog(database).latest(10);
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().actor, database.actor());
    }

    // SQLite's REPLACE deletes the conflicting row without firing DELETE triggers; an upsert
    // turns an insert into an update. Neither may rewrite history (issue 7, point 6).
    void historyCannotBeOverwritten_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("table");
        const QString eventColumns =
            QStringLiteral("request_events (id, request_id, step, action, actor, at) "
                           "VALUES (1, 1, 1, 'forged', 'x', 'x')");
        const QString auditColumns = QStringLiteral("audit_log (id, at, actor, action, entity) "
                                                    "VALUES (1, 'x', 'forger', 'forged', 'unit')");
        const QString events = QStringLiteral("request_events");
        const QString audit = QStringLiteral("audit_log");
        if (!TestDatabase::isPostgres()) {
            QTest::newRow("replace request_events")
                << QStringLiteral("REPLACE INTO ") + eventColumns << events;
            QTest::newRow("insert or replace request_events")
                << QStringLiteral("INSERT OR REPLACE INTO ") + eventColumns << events;
            QTest::newRow("replace audit_log")
                << QStringLiteral("REPLACE INTO ") + auditColumns << audit;
        }
        QTest::newRow("upsert request_events")
            << QStringLiteral("INSERT INTO ") + eventColumns +
                   QStringLiteral(" ON CONFLICT (id) DO UPDATE SET action = 'forged'")
            << events;
        QTest::newRow("upsert audit_log")
            << QStringLiteral("INSERT INTO ") + auditColumns +
                   QStringLiteral(" ON CONFLICT (id) DO UPDATE SET actor = 'forger'")
            << audit;
    }

    void historyCannotBeOverwritten()
    {
        QFETCH(QString, statement);
        QFETCH(QString, table);
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        QVERIFY(AuditLog(database)
                    .append(QStringLiteral("test"), QStringLiteral("unit"), 1, QStringLiteral("x"))
                    .ok());
        QVERIFY(Query(database,
                      QStringLiteral("INSERT INTO units (name, created_at) VALUES ('U', 'x')"))
                    .exec()
                    .ok());
        QVERIFY(Query(database,
                      QStringLiteral(
                          "INSERT INTO requests (service_type, unit_id, subject, received_at, "
                          "created_by) VALUES ('hosting', 1, 's', 'x', 'me')"))
                    .exec()
                    .ok());
        QVERIFY(
            Query(database,
                  QStringLiteral("INSERT INTO request_events (request_id, step, action, actor, at) "
                                 "VALUES (1, 1, 'register', 'me', 'x')"))
                .exec()
                .ok());

        const Status changed = Query(database, statement).exec();

        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, QStringLiteral("append_only"));
        const auto kept =
            Query(database, QStringLiteral("SELECT action FROM %1 WHERE id = 1").arg(table))
                .scalar();
        KOLOKASI_VERIFY_OK(kept);
        QCOMPARE(kept->toString(), table == QLatin1String("audit_log")
                                       ? QStringLiteral("test")
                                       : QStringLiteral("register"));
        QCOMPARE(countRows(database, table), qint64(1));
    }

    // A database whose guards were dropped, disabled or replaced by a look-alike that guards
    // nothing is reported at open, not used.
    void aDatabaseWithoutItsGuardsIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("code");
        const QString refused = QStringLiteral("guards_missing");
        if (TestDatabase::isPostgres()) {
            QTest::newRow("dropped")
                << QStringList{QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")}
                << refused;
            QTest::newRow("disabled") << QStringList{QStringLiteral(
                "ALTER TABLE request_events DISABLE TRIGGER request_events_no_truncate")}
                                      << refused;
            QTest::newRow("enabled for replicas only") << QStringList{QStringLiteral(
                "ALTER TABLE audit_log ENABLE REPLICA TRIGGER audit_log_append_only")}
                                                       << refused;
            QTest::newRow("function replaced by a no-op")
                << QStringList{QStringLiteral(
                       "CREATE OR REPLACE FUNCTION kolokasi_refuse_change() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$")}
                << refused;
            QTest::newRow("same name, only UPDATE OF id")
                << QStringList{QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"),
                               QStringLiteral(
                                   "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OF id OR "
                                   "DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                                   "kolokasi_refuse_change()")}
                << refused;
            QTest::newRow("same name, WHEN false")
                << QStringList{QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"),
                               QStringLiteral(
                                   "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE "
                                   "ON audit_log FOR EACH ROW WHEN (false) EXECUTE FUNCTION "
                                   "kolokasi_refuse_change()")}
                << refused;
            QTest::newRow("replica session")
                << QStringList{QStringLiteral("ALTER DATABASE %1 SET session_replication_role = "
                                              "replica")}
                << QStringLiteral("guards_off");
        } else {
            QTest::newRow("dropped delete guard")
                << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete")} << refused;
            QTest::newRow("dropped replace guard")
                << QStringList{QStringLiteral("DROP TRIGGER request_events_no_replace")} << refused;
            const auto replaced = [](const QString &name, const QString &definition) {
                return QStringList{QStringLiteral("DROP TRIGGER ") + name,
                                   QStringLiteral("CREATE TRIGGER ") + name + QLatin1Char(' ') +
                                       definition};
            };
            const QString raise = QStringLiteral("BEGIN SELECT RAISE(ABORT, 'audit_log is "
                                                 "append-only'); END");
            QTest::newRow("same name, WHEN 0")
                << replaced(QStringLiteral("audit_log_no_delete"),
                            QStringLiteral("BEFORE DELETE ON audit_log WHEN 0 ") + raise)
                << refused;
            QTest::newRow("same name, no-op body")
                << replaced(QStringLiteral("audit_log_no_delete"),
                            QStringLiteral("BEFORE DELETE ON audit_log BEGIN SELECT 1; END"))
                << refused;
            QTest::newRow("same name, another table")
                << replaced(QStringLiteral("audit_log_no_delete"),
                            QStringLiteral("BEFORE DELETE ON units ") + raise)
                << refused;
            QTest::newRow("same name, UPDATE OF id")
                << replaced(QStringLiteral("audit_log_no_update"),
                            QStringLiteral("BEFORE UPDATE OF id ON audit_log ") + raise)
                << refused;
            QTest::newRow("same name, RAISE(IGNORE)")
                << replaced(QStringLiteral("audit_log_no_update"),
                            QStringLiteral("BEFORE UPDATE ON audit_log BEGIN SELECT "
                                           "RAISE(IGNORE); END"))
                << refused;
        }
    }

    void aDatabaseWithoutItsGuardsIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, code);
        TestDatabase fixture;
        {
            const auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            for (const QString &statement : statements)
                KOLOKASI_VERIFY_OK(db.value()->executeStatement(
                    statement.contains(QLatin1String("%1"))
                        ? statement.arg(fixture.location().databaseName)
                        : statement));
        }
        for (const auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
            const auto refused = Database::open(fixture.location(), mode);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, code);
            QVERIFY2(refused.error().message.contains(fixture.location().displayName()),
                     qPrintable(refused.error().message));
        }
    }

    // The same definitions written again (whitespace aside) are the guards: accepted.
    void theShippedGuardsPassTheCheck()
    {
        TestDatabase fixture;
        KOLOKASI_VERIFY_OK(fixture.open());
        KOLOKASI_VERIFY_OK(Database::open(fixture.location(), Database::OpenMode::ReadOnly));
    }

    // An inner failure that the outer work ignores must not be committed with it.
    void aNestedFailureIsUndoneEvenWhenTheOuterWorkGoesOn()
    {
        TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        Database &database = *db.value();
        UnitRepository units(database);

        const Status outcome = database.transaction([&]() -> Status {
            if (auto kept = units.create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0});
                !kept.ok())
                return kept.error();
            const Status inner = database.transaction([&]() -> Status {
                if (auto undone =
                        units.create({0, QStringLiteral("Dinas Sosial"), {}, {}, {}, {}, 0});
                    !undone.ok())
                    return undone.error();
                return Error{
                    QStringLiteral("refused"), QStringLiteral("a rule refused the inner work"), {}};
            });
            if (inner.ok())
                return Error{QStringLiteral("test"),
                             QStringLiteral("the inner work should have failed"),
                             {}};
            // A failed statement inside the savepoint must not poison the outer transaction either.
            const Status failedStatement = database.transaction([&]() -> Status {
                return statusOf(units.create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0}));
            });
            if (failedStatement.ok())
                return Error{
                    QStringLiteral("test"), QStringLiteral("the duplicate should have failed"), {}};
            return statusOf(
                units.create({0, QStringLiteral("Dinas Pendidikan"), {}, {}, {}, {}, 0}));
        });

        KOLOKASI_VERIFY_OK(outcome);
        const auto all = units.all();
        KOLOKASI_VERIFY_OK(all);
        QStringList names;
        for (const Unit &unit : *all)
            names.append(unit.name);
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("Bappeda"), QStringLiteral("Dinas Pendidikan")}));
        QCOMPARE(countRows(database, QStringLiteral("audit_log")), qint64(2));
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
