// The command line as users script it: runs the built kolokasi executable.
#include "TestEnvironment.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run kolokasi(const QStringList &arguments, const QString &language = QStringLiteral("en"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path()); // never the user's own settings
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KOLOKASI_EXECUTABLE), QStringList{QStringLiteral("--lang"), language} + arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { kolokasi::test::prepareTestEnvironment(); }

    void printsItsVersion()
    {
        const Run run = kolokasi({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("kolokasi ")));
    }

    void printsHelpWithTheCommands()
    {
        const Run run = kolokasi({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--database")));
        QVERIFY(run.out.contains(QLatin1String("info")));
    }

    void createsTheSqliteDatabaseGiven()
    {
        const QString file = m_home.filePath(QStringLiteral("new/folder/dc.sqlite"));
        const Run run = kolokasi({QStringLiteral("--database"), file, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(file));
        QVERIFY(run.out.contains(QLatin1String("SQLite")));
        QVERIFY(run.out.contains(QLatin1String("Schema version: 1")));
    }

    void usesTheDefaultDatabaseInTheDataFolder()
    {
        const Run run = kolokasi({QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/kolokasi/kolokasi.sqlite"))));
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
        const Run run = kolokasi(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void speaksIndonesianByDefault()
    {
        const Run run = kolokasi({QStringLiteral("frobnicate")}, QStringLiteral("id"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Perintah tidak dikenal")), qPrintable(run.err));
    }

    void reportsAnUnreachableServer()
    {
        const Run run = kolokasi({QStringLiteral("--database"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                  QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot open the database")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
