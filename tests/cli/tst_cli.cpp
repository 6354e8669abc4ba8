// The command line as users script it: runs the built kolokasi executable.
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

#include <unistd.h>

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

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
    }

    // A database as an older Kolokasi (schema version 1) left it.
    static void makeVersionOneDatabase(const QString &file)
    {
        auto db =
            Database::open(DatabaseLocation::sqlite(file), Database::OpenMode::CreateIfMissing);
        KOLOKASI_VERIFY_OK(db);
        for (const char *sql :
             {"DELETE FROM schema_version WHERE version > 1", "DROP TRIGGER audit_log_no_replace",
              "DROP TRIGGER request_events_no_replace"})
            KOLOKASI_VERIFY_OK(db.value()->executeStatement(QString::fromLatin1(sql)));
    }

    static int schemaRows(const QString &file)
    {
        auto db = Database::open(DatabaseLocation::sqlite(file), Database::OpenMode::ReadOnly);
        return db.ok() ? Query(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version"))
                             .scalar()
                             ->toInt()
                       : -1;
    }

    // Root may write any file: a read-only file is only read-only for another user. The
    // program is copied where that user may run it.
    test::ProcessRun asAnotherUser(const QStringList &arguments)
    {
        if (::geteuid() != 0)
            return kolokasi(arguments);
        QTemporaryDir place(QDir::tempPath() + QStringLiteral("/kolokasi-bin-XXXXXX"));
        const QString program = place.filePath(QStringLiteral("kolokasi"));
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther;
        if (!QFile::copy(QStringLiteral(KOLOKASI_EXECUTABLE), program) ||
            !QFile::setPermissions(program, everyone) ||
            !QFile::setPermissions(place.path(), everyone))
            return {};
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), place.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), place.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), program,
                                  QStringLiteral("--lang"), QStringLiteral("en")} +
                          arguments);
        if (!process.waitForFinished())
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
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

    // A typo never creates a database: info and print open existing ones only (issue 7, point 3).
    void infoAndPrintNeverCreateADatabase_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("relative");
        const QStringList info{QStringLiteral("info")};
        const QStringList print{QStringLiteral("print"), QStringLiteral("register"),
                                QStringLiteral("--output"), QStringLiteral("register.pdf")};
        QTest::newRow("info, missing file") << info << QStringLiteral("typo.sqlite");
        QTest::newRow("info, missing folder") << info << QStringLiteral("typo/dc.sqlite");
        QTest::newRow("print, missing file") << print << QStringLiteral("typo.sqlite");
        QTest::newRow("print, missing folder") << print << QStringLiteral("typo/dc.sqlite");
    }

    void infoAndPrintNeverCreateADatabase()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, relative);
        const QString file = m_kolokasi.homePath(relative);
        const test::ProcessRun run =
            kolokasi(QStringList{QStringLiteral("--database"), file} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QFileInfo(file).fileName()) &&
                     run.err.contains(QLatin1String("does not exist")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(m_kolokasi.homePath(QStringLiteral("typo"))));
    }

    void infoDoesNotCreateTheDefaultDatabase()
    {
        const test::ProcessRun run = kolokasi({QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("kolokasi.sqlite")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_kolokasi.homePath(QStringLiteral("data/kolokasi"))));
    }

    // An empty or 1-byte file, another program's database: refused in one sentence, untouched.
    void refusesWhatIsNotAKolokasiDatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral("is empty, not a Kolokasi database");
        QTest::newRow("one byte") << QByteArray("x")
                                  << QStringLiteral("is not a Kolokasi database");
        QTest::newRow("foreign") << QByteArray("foreign")
                                 << QStringLiteral("is not a Kolokasi database");
    }

    void refusesWhatIsNotAKolokasiDatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file =
            m_kolokasi.homePath(QStringLiteral("other-%1.sqlite").arg(QTest::currentDataTag()));
        if (content == "foreign") {
            const QString name = QStringLiteral("foreign");
            {
                QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                foreign.setDatabaseName(file);
                QVERIFY(foreign.open());
                QVERIFY(QSqlQuery(foreign).exec(
                    QStringLiteral("CREATE TABLE bookmarks (url TEXT, title TEXT)")));
                foreign.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const QByteArray before = contentOf(file);
        for (const QString &command : {QStringLiteral("info"), QStringLiteral("print")}) {
            QStringList arguments{QStringLiteral("--database"), file, command};
            if (command == QLatin1String("print"))
                arguments << QStringLiteral("register") << QStringLiteral("--output")
                          << m_kolokasi.homePath(QStringLiteral("r.pdf"));
            const test::ProcessRun run = kolokasi(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(message) && run.err.contains(file), qPrintable(run.err));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(!run.err.contains(QLatin1String("CREATE")), qPrintable(run.err));
        }
        QCOMPARE(contentOf(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    // info shows a database as it is, and says when it cannot be changed (points 3 and 5).
    void infoNeverMigrates()
    {
        const QString file = m_kolokasi.homePath(QStringLiteral("old.sqlite"));
        makeVersionOneDatabase(file);
        const test::ProcessRun run =
            kolokasi({QStringLiteral("--database"), file, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Schema version: 1")),
                 qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("Access: read and write")), qPrintable(run.out));
        QCOMPARE(schemaRows(file), 1);
    }

    void aReadOnlyDatabaseIsShownAndLeftAsItWas_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void aReadOnlyDatabaseIsShownAndLeftAsItWas()
    {
        QFETCH(bool, folderReadOnly);
        // A folder every user may enter, so the program can run as another user than root.
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/kolokasi-ro-XXXXXX"));
        QVERIFY(QFile::setPermissions(shared.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
        const QString file = shared.filePath(QStringLiteral("dc.sqlite"));
        {
            auto db =
                Database::open(DatabaseLocation::sqlite(file), Database::OpenMode::CreateIfMissing);
            KOLOKASI_VERIFY_OK(db);
        }
        const QByteArray before = contentOf(file);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        if (folderReadOnly)
            QVERIFY(QFile::setPermissions(shared.path(),
                                          QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther | QFileDevice::ExeOther));

        const test::ProcessRun run =
            asAnotherUser({QStringLiteral("--database"), file, QStringLiteral("info")});
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);

        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Access: read-only")), qPrintable(run.out));
        QCOMPARE(contentOf(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-shm")));
    }

    void anEmptyDatabaseOptionIsRefused()
    {
        const test::ProcessRun run =
            kolokasi({QStringLiteral("--database"), QString(), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("database location is empty")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_kolokasi.homePath(QStringLiteral("data/kolokasi"))));
    }

    void refusesWhatItDoesNotKnow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("Unknown option");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--database")} << QStringLiteral("needs a value");
        QTest::newRow("bad postgres url")
            << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://nohost"),
                           QStringLiteral("info")}
            << QStringLiteral("is not a valid PostgreSQL address");
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

    // The README's promise: Indonesian unless --lang en (or the saved choice), also on a PC
    // whose system language is English (issue 7, point 8).
    void speaksIndonesianOnAnEnglishSystem()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_kolokasi.homePath());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_kolokasi.homePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KOLOKASI_EXECUTABLE), {QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("Perintah tidak dikenal")), qPrintable(err));
    }

    void reportsAnUnreachableServerWithoutDriverText()
    {
        const QStringList arguments{QStringLiteral("--database"),
                                    QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                    QStringLiteral("info")};
        const test::ProcessRun run = kolokasi(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String(
                     "Cannot connect to the database postgresql://nobody@127.0.0.1:1/none")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(!run.err.contains(QLatin1String("onnection refused")), qPrintable(run.err));

        // AND --verbose adds the driver's own words
        const test::ProcessRun verbose =
            kolokasi(QStringList{QStringLiteral("--verbose")} + arguments);
        QCOMPARE(verbose.exitCode, 1);
        QVERIFY2(verbose.err.contains(QLatin1String("kolokasi (details):")),
                 qPrintable(verbose.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
