// Opening a database never creates one by a typo, never changes a file that is not Kolokasi's,
// never exposes one to other users, and never writes to one opened read-only (issue 7, points
// 2 to 5). Runs as tst_databaseopening.sqlite and tst_databaseopening.postgresql.
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "store/Query.h"
#include "store/UnitRepository.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace kolokasi;
using test::TestDatabase;
using Mode = Database::OpenMode;

Q_DECLARE_METATYPE(Database::OpenMode)

namespace {
constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner |
                                                    QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Test plumbing: another program's database, written without Kolokasi.
QString runForeign(const DatabaseLocation &location, const QString &sql)
{
    const QString name = QStringLiteral("foreign-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            location.engine == DatabaseLocation::Engine::SQLite ? QStringLiteral("QSQLITE")
                                                                : QStringLiteral("QPSQL"),
            name);
        if (location.engine == DatabaseLocation::Engine::SQLite) {
            db.setDatabaseName(location.filePath);
        } else {
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setDatabaseName(location.databaseName);
        }
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QList<Mode> allModes()
{
    return {Mode::CreateIfMissing, Mode::ExistingOnly, Mode::ReadOnly};
}
} // namespace

class TestDatabaseOpening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

    QString path(const QString &relative) const { return m_folder.filePath(relative); }

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void aMissingFileIsRefusedUnlessCreationIsAllowed_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file")
            << QStringLiteral("typo.sqlite") << QStringLiteral("database_missing");
        QTest::newRow("missing folder")
            << QStringLiteral("typo/dc.sqlite") << QStringLiteral("database_folder_missing");
    }

    void aMissingFileIsRefusedUnlessCreationIsAllowed()
    {
        QFETCH(QString, relative);
        QFETCH(QString, code);
        if (TestDatabase::isPostgres())
            return; // a missing PostgreSQL database is a connection error, covered by tst_cli
        const QString file = path(relative);
        for (const Mode mode : {Mode::ExistingOnly, Mode::ReadOnly}) {
            const auto refused = Database::open(DatabaseLocation::sqlite(file), mode);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, code);
            QVERIFY2(refused.error().message.contains(QFileInfo(file).fileName()),
                     qPrintable(refused.error().message));
            QVERIFY(!QFileInfo::exists(file));
            QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()) ||
                    !relative.contains(QLatin1Char('/')));
        }
        KOLOKASI_VERIFY_OK(Database::open(DatabaseLocation::sqlite(file), Mode::CreateIfMissing));
        QVERIFY(QFileInfo::exists(file));
    }

    void aNewDatabaseIsPrivateToItsOwner()
    {
        if (TestDatabase::isPostgres())
            return; // the server's files are the server's
        const QString folder = path(QStringLiteral("private/kolokasi"));
        const QString file = folder + QStringLiteral("/dc.sqlite");
        const auto db = Database::open(DatabaseLocation::sqlite(file), Mode::CreateIfMissing);
        KOLOKASI_VERIFY_OK(db);
        KOLOKASI_VERIFY_OK(
            UnitRepository(*db.value()).create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0}));

        const auto folderOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFileInfo(folder).permissions(), folderOnly);
        QCOMPARE(QFileInfo(path(QStringLiteral("private"))).permissions(), folderOnly);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(file + suffix), qPrintable(suffix));
            QCOMPARE(QFileInfo(file + suffix).permissions(), kOwnerOnlyFile);
        }
    }

    void anEmptyFileIsNewOnlyWhereCreationIsAllowed()
    {
        if (TestDatabase::isPostgres())
            return; // see anEmptyPostgresDatabaseIsSetUpButNotShown
        const QString file = path(QStringLiteral("empty.sqlite"));
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        for (const Mode mode : {Mode::ExistingOnly, Mode::ReadOnly}) {
            const auto refused = Database::open(DatabaseLocation::sqlite(file), mode);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("database_empty"));
            QCOMPARE(QFileInfo(file).size(), qint64(0));
        }
        KOLOKASI_VERIFY_OK(Database::open(DatabaseLocation::sqlite(file), Mode::CreateIfMissing));
    }

    void anEmptyPostgresDatabaseIsSetUpButNotShown()
    {
        if (!TestDatabase::isPostgres())
            return; // see anEmptyFileIsNewOnlyWhereCreationIsAllowed
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        const auto refused = Database::open(fixture.location(), Mode::ReadOnly);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("database_empty"));
        const auto setUp = Database::open(fixture.location(), Mode::ExistingOnly);
        KOLOKASI_VERIFY_OK(setUp);
        QCOMPARE(setUp.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void somethingElseIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("foreignSql");
        QTest::addColumn<Mode>("mode");
        const QString notes =
            QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        for (const Mode mode : allModes()) {
            const QString how = QString::number(int(mode));
            if (!TestDatabase::isPostgres()) {
                QTest::addRow("one byte, mode %s", qPrintable(how))
                    << QByteArray("x") << QString() << mode;
                QTest::addRow("text, mode %s", qPrintable(how))
                    << QByteArray("Kolokasi notes\nnot a database\n").repeated(40) << QString()
                    << mode;
            }
            QTest::addRow("another program's database, mode %s", qPrintable(how))
                << QByteArray() << notes << mode;
        }
    }

    void somethingElseIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, foreignSql);
        QFETCH(Mode, mode);
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        const DatabaseLocation &location = fixture.location();
        if (!content.isEmpty()) {
            QFile file(location.filePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        if (!foreignSql.isEmpty())
            QCOMPARE(runForeign(location, foreignSql), QString());
        const QByteArray before =
            TestDatabase::isPostgres() ? QByteArray() : fingerprint(location.filePath);

        const auto refused = Database::open(location, mode);

        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("not_kolokasi"));
        QVERIFY2(refused.error().message.contains(location.displayName()),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.size() < 200, qPrintable(refused.error().message));
        if (TestDatabase::isPostgres()) {
            // nothing of Kolokasi's was created in it
            QVERIFY(
                !runForeign(location, QStringLiteral("SELECT 1 FROM schema_version")).isEmpty());
        } else {
            QCOMPARE(fingerprint(location.filePath), before);
            QVERIFY(!QFileInfo::exists(location.filePath + QStringLiteral("-wal")));
        }
    }

    // `info` shows an older database as it is: no migration, no write (issue 7, points 3, 5).
    void readOnlyNeverMigratesNorWrites()
    {
        TestDatabase fixture;
        {
            const auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            // Back to schema version 1, as an older Kolokasi left it.
            KOLOKASI_VERIFY_OK(db.value()->executeStatement(
                QStringLiteral("DELETE FROM schema_version WHERE version > 1")));
            if (!TestDatabase::isPostgres()) {
                KOLOKASI_VERIFY_OK(db.value()->executeStatement(
                    QStringLiteral("DROP TRIGGER audit_log_no_replace")));
                KOLOKASI_VERIFY_OK(db.value()->executeStatement(
                    QStringLiteral("DROP TRIGGER request_events_no_replace")));
            }
        }
        for (int run = 0; run < 2; ++run) {
            const auto db = Database::open(fixture.location(), Mode::ReadOnly);
            KOLOKASI_VERIFY_OK(db);
            Database &database = *db.value();
            QVERIFY(database.isReadOnly());
            QCOMPARE(database.schemaVersion(), 1);
            const auto refused =
                UnitRepository(database).create({0, QStringLiteral("Bappeda"), {}, {}, {}, {}, 0});
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("read_only"));
            QVERIFY(refused.error().message.contains(fixture.location().displayName()));
            const Status direct = database.executeStatement(
                QStringLiteral("INSERT INTO units (name, created_at) VALUES ('U', 'x')"));
            QVERIFY(!direct.ok());
            QCOMPARE(direct.error().code, QStringLiteral("read_only"));
        }
        // Nothing was written: still one version row and no unit. (The later migrations'
        // objects are still in this faked old database, so it is not upgraded here; the
        // upgrade path is tst_database's and tst_migrator's.)
        const auto after = Database::open(fixture.location(), Mode::ReadOnly);
        KOLOKASI_VERIFY_OK(after);
        QCOMPARE(Query(*after.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version"))
                     .scalar()
                     ->toInt(),
                 1);
        QCOMPARE(
            Query(*after.value(), QStringLiteral("SELECT COUNT(*) FROM units")).scalar()->toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpening)
#include "tst_databaseopening.moc"
