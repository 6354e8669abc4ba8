#include "TestEnvironment.h"
#include "store/DatabaseLocation.h"

#include <QtTest>

using namespace kolokasi;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void aPathIsAnSqliteFile()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("/tmp/x/kolokasi.sqlite"));
        QVERIFY(location.ok());
        QCOMPARE(location->engine, DatabaseLocation::Engine::SQLite);
        QCOMPARE(location->filePath, QStringLiteral("/tmp/x/kolokasi.sqlite"));
    }

    void aPostgresUrlIsParsed()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://admin:rahasia@db.local:5433/kolokasi"));
        QVERIFY(location.ok());
        QCOMPARE(location->engine, DatabaseLocation::Engine::PostgreSQL);
        QCOMPARE(location->host, QStringLiteral("db.local"));
        QCOMPARE(location->port, 5433);
        QCOMPARE(location->user, QStringLiteral("admin"));
        QCOMPARE(location->password, QStringLiteral("rahasia"));
        QCOMPARE(location->databaseName, QStringLiteral("kolokasi"));
        QVERIFY(!location->displayName().contains(QLatin1String("rahasia")));
    }

    void writesItselfBackAsText()
    {
        const QString url = QStringLiteral("postgresql://admin:rahasia@db.local:5433/kolokasi");
        QCOMPARE(DatabaseLocation::parse(url)->toText(), url);
        QCOMPARE(DatabaseLocation::sqlite(QStringLiteral("/tmp/a.sqlite")).toText(), QStringLiteral("/tmp/a.sqlite"));
    }

    void thePortDefaultsTo5432()
    {
        const auto location = DatabaseLocation::parse(QStringLiteral("postgresql://u@h/db"));
        QVERIFY(location.ok());
        QCOMPARE(location->port, 5432);
    }

    void badLocationsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no database") << QStringLiteral("postgresql://u@host:5432/");
        QTest::newRow("no host") << QStringLiteral("postgresql:///db");
        QTest::newRow("nested path") << QStringLiteral("postgresql://u@host/a/b");
    }

    void badLocationsAreRefused()
    {
        QFETCH(QString, text);
        const auto location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QCOMPARE(location.error().field, QStringLiteral("database"));
        QVERIFY(!location.error().message.isEmpty());
    }

    void theDefaultIsInTheDataFolder()
    {
        const auto location = DatabaseLocation::defaultLocation();
        QCOMPARE(location.engine, DatabaseLocation::Engine::SQLite);
        QVERIFY(location.filePath.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(location.filePath.endsWith(QLatin1String("kolokasi.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
