#include "TestEnvironment.h"
#include "store/Migrator.h"

#include <QtTest>

using namespace kolokasi;

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void shipsNumberedMigrationsInOrder()
    {
        const auto migrations = Migrator::available();
        QVERIFY(!migrations.isEmpty());
        QCOMPARE(migrations.first().version, 1);
        // Each branch ships its reserved number, so a branch may have gaps until all are merged.
        for (int i = 1; i < migrations.size(); ++i)
            QVERIFY(migrations.at(i).version > migrations.at(i - 1).version);
    }

    void splitsPlainStatements()
    {
        const auto statements = Migrator::splitStatements(QStringLiteral(
                "-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX a_x ON a(x);\n"));
        QCOMPARE(statements, QStringList({QStringLiteral("CREATE TABLE a (x INTEGER)"),
                                          QStringLiteral("CREATE INDEX a_x ON a(x)")}));
    }

    void keepsSqliteTriggerBodyWhole()
    {
        const auto statements = Migrator::splitStatements(QStringLiteral(
                "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"
                "CREATE TABLE b (y INTEGER);\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.first().contains(QLatin1String("SELECT RAISE(ABORT, 'no');")));
        QVERIFY(statements.first().endsWith(QLatin1String("END")));
    }

    void keepsDollarQuotedFunctionWhole()
    {
        const auto statements = Migrator::splitStatements(QStringLiteral(
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                "    RAISE EXCEPTION 'x';\nEND;\n$$;\nCREATE TABLE c (z INTEGER);\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.first().contains(QLatin1String("RAISE EXCEPTION 'x';\nEND;\n$$")));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
