// The command line as users script it: runs the built kolokasi executable.
#include "KolokasiProcess.h"
#include "TestEnvironment.h"
#include "store/Database.h"

#include <QtTest>

using namespace kolokasi;

class TestCli : public QObject
{
    Q_OBJECT

private:
    test::KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};

    test::ProcessRun kolokasi(const QStringList &arguments, const QString &language = QStringLiteral("en"))
    {
        return m_kolokasi.run(arguments, {}, language);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void printsItsVersion()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("kolokasi ")));
    }

    void printsHelpWithTheCommands()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--database")));
        QVERIFY(run.out.contains(QLatin1String("info")));
    }

    void createsTheSqliteDatabaseGiven()
    {
        const QString file = m_kolokasi.homePath(QStringLiteral("new/folder/dc.sqlite"));
        const test::ProcessRun run = kolokasi({QStringLiteral("--database"), file, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(file));
        QVERIFY(run.out.contains(QLatin1String("SQLite")));
        QVERIFY(run.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));
    }

    void usesTheDefaultDatabaseInTheDataFolder()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(m_kolokasi.homePath(QStringLiteral("data/kolokasi/kolokasi.sqlite"))));
    }

    void refusesWhatItDoesNotKnow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")} << QStringLiteral("needs a value");
        QTest::newRow("bad postgres url") << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://nohost"), QStringLiteral("info")}
                                          << QStringLiteral("Not a valid PostgreSQL address");
    }

    void refusesWhatItDoesNotKnow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const test::ProcessRun run = kolokasi(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void speaksIndonesianByDefault()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("frobnicate")}, QStringLiteral("id"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Perintah tidak dikenal")), qPrintable(run.err));
    }

    void reportsAnUnreachableServer()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                  QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot open the database")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
