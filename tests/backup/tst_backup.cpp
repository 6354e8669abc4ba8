// Backup and restore (issue 9): a backup is a consistent copy while another connection writes;
// a restore takes a good backup and keeps the replaced data aside; a corrupt file, a backup of
// a newer Kolokasi and a file that is not a database are each refused with the original left
// untouched; the daily automatic backup keeps the newest 14. Runs as tst_backup.sqlite and
// tst_backup.postgresql.
#include "Concurrently.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "backup/DailyBackup.h"
#include "store/DatabaseBackup.h"
#include "store/PostgresBackup.h"
#include "store/Query.h"
#include "store/SqliteBackup.h"
#include "store/UnitRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

using namespace kolokasi;
using test::TestDatabase;

namespace {
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

qint64 countOf(Database &db, const QString &table)
{
    auto count = Query(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar();
    return count.ok() ? count->toLongLong() : -1;
}

Status addUnitWithOfficer(Database &db, int n)
{
    return db.transaction([&]() -> Status {
        UnitRepository units(db);
        auto unit = units.create(
            {0, QStringLiteral("Unit %1").arg(n), QStringLiteral("U%1").arg(n), {}, {}, {}, 0});
        if (!unit.ok())
            return unit.error();
        // One officer per unit, in the same transaction: a consistent copy has as many of each.
        const QString nip = QStringLiteral("19800101200501%1%2")
                                .arg(1 + n % 2)
                                .arg(n % 999 + 1, 3, 10, QLatin1Char('0'));
        auto officer = units.createOfficer(
            {0, unit->id, QStringLiteral("Officer %1").arg(n), nip, {}, {}, {}, 0});
        if (!officer.ok())
            return officer.error();
        return {};
    });
}

// Test plumbing: changes a backup file without Kolokasi, as another program or a disk would.
QString runRaw(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = QStringLiteral("cannot open");
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = QStringLiteral("failed: ") + sql;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString file(const QString &name) const { return m_files.filePath(name); }
    QString backupName() const
    {
        return TestDatabase::isPostgres() ? QStringLiteral("copy.dump")
                                          : QStringLiteral("copy.sqlite");
    }

private slots:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QVERIFY(m_files.isValid());
    }

    void backupWhileAnotherConnectionWrites()
    {
        // GIVEN a database with units, and a second connection adding more
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        {
            auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            for (int n = 0; n < 20; ++n)
                KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, n));
        }
        const QStringList copies{file(QStringLiteral("during-1")), file(QStringLiteral("during-2")),
                                 file(QStringLiteral("during-3"))};
        // WHEN three backups are made while the writer commits
        const QStringList outcome = test::runTogether([&](int index) -> QString {
            auto db = fixture.open();
            if (!db.ok())
                return db.error().message;
            if (index == 0) {
                for (int n = 20; n < 220; ++n) {
                    if (Status added = addUnitWithOfficer(**db, n); !added.ok())
                        return added.error().message;
                }
                return QStringLiteral("wrote");
            }
            for (const QString &copy : copies) {
                if (Status written = DatabaseBackup(**db).backup(copy); !written.ok())
                    return written.error().message;
            }
            return QStringLiteral("copied");
        });
        QCOMPARE(outcome, (QStringList{QStringLiteral("wrote"), QStringLiteral("copied")}));
        // THEN each copy is private, is a backup that can be restored, and is consistent
        for (const QString &copy : copies) {
            QCOMPARE(QFile::permissions(copy) & 0x0777,
                     QFileDevice::ReadUser | QFileDevice::WriteUser);
            if (TestDatabase::isPostgres()) {
                KOLOKASI_VERIFY_OK(PostgresBackup::check(copy));
                continue;
            }
            KOLOKASI_VERIFY_OK(SqliteBackup::check(copy));
            auto opened =
                Database::open(DatabaseLocation::sqlite(copy), Database::OpenMode::ReadOnly);
            KOLOKASI_VERIFY_OK(opened);
            const qint64 units = countOf(**opened, QStringLiteral("units"));
            QVERIFY(units >= 20 && units <= 220);
            QCOMPARE(countOf(**opened, QStringLiteral("officers")), units);
        }
        // and no work file is left beside them
        QCOMPARE(QDir(m_files.path())
                     .entryList(QDir::Files | QDir::Hidden)
                     .filter(QStringLiteral(".part")),
                 QStringList());
    }

    void restoreGoodBackupKeepsTheReplacedDataAside()
    {
        // GIVEN a backup with 3 units, then a fourth unit added
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 30, 5), QTimeZone::utc()));
        auto db = fixture.open(clock);
        KOLOKASI_VERIFY_OK(db);
        for (int n = 0; n < 3; ++n)
            KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, n));
        const QString copy = file(QStringLiteral("good-") + backupName());
        KOLOKASI_VERIFY_OK(DatabaseBackup(**db).backup(copy));
        KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, 3));
        QCOMPARE(countOf(**db, QStringLiteral("units")), 4);

        // WHEN it is restored into the open database
        const auto aside = DatabaseBackup(**db).restore(copy);
        KOLOKASI_VERIFY_OK(aside);

        // THEN the open connection reads the backup's data, and the replaced data is kept
        QCOMPARE(countOf(**db, QStringLiteral("units")), 3);
        QCOMPARE(countOf(**db, QStringLiteral("officers")), 3);
        KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, 10)); // and it goes on working
        QVERIFY(QFileInfo(*aside).isFile());
        QVERIFY2(QFileInfo(*aside).fileName().contains(QStringLiteral(".before-restore-20261127-")),
                 qPrintable(*aside));
        QCOMPARE(QFile::permissions(*aside) & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser);
        if (!TestDatabase::isPostgres()) {
            QCOMPARE(QFileInfo(*aside).absolutePath(),
                     QFileInfo(fixture.location().filePath).absolutePath());
            auto kept =
                Database::open(DatabaseLocation::sqlite(*aside), Database::OpenMode::ReadOnly);
            KOLOKASI_VERIFY_OK(kept);
            QCOMPARE(countOf(**kept, QStringLiteral("units")), 4);
        } else {
            KOLOKASI_VERIFY_OK(PostgresBackup::check(*aside));
        }
    }

    void restoreCommandFormIntoAClosedDatabase()
    {
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        const QString copy = file(QStringLiteral("closed-") + backupName());
        {
            auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, 1));
            KOLOKASI_VERIFY_OK(DatabaseBackup(**db).backup(copy));
            KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, 2));
        }
        const auto aside =
            DatabaseBackup::restoreInto(fixture.location(), copy, QDateTime::currentDateTime());
        KOLOKASI_VERIFY_OK(aside);
        QVERIFY(QFileInfo(*aside).isFile());
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        QCOMPARE(countOf(**db, QStringLiteral("units")), 1);
    }

    void refusedRestoreLeavesTheOriginalUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("not a database") << "text"
                                        << "restore_not_a_database";
        QTest::newRow("empty file") << "empty"
                                    << "restore_not_a_database";
        QTest::newRow("corrupt") << "corrupt"
                                 << "restore_corrupt";
        QTest::newRow("newer schema") << "newer"
                                      << "restore_too_new";
        QTest::newRow("missing") << "missing"
                                 << "restore_missing";
        if (!TestDatabase::isPostgres()) {
            QTest::newRow("another program's database") << "foreign"
                                                        << "restore_not_a_database";
            QTest::newRow("audit log unguarded") << "unguarded"
                                                 << "restore_refused";
        }
    }

    void refusedRestoreLeavesTheOriginalUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        // GIVEN a database and a bad file
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        const QString bad = file(damage + QLatin1Char('-') + backupName());
        {
            auto db = fixture.open();
            KOLOKASI_VERIFY_OK(db);
            for (int n = 0; n < 60; ++n)
                KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, n));
            if (damage != QLatin1String("text") && damage != QLatin1String("empty") &&
                damage != QLatin1String("foreign") && damage != QLatin1String("missing"))
                KOLOKASI_VERIFY_OK(DatabaseBackup(**db).backup(bad));
        }
        makeBad(damage, bad);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before =
            TestDatabase::isPostgres() ? QByteArray() : fingerprint(fixture.location().filePath);
        const QStringList filesBefore = QDir(QFileInfo(fixture.location().filePath).absolutePath())
                                            .entryList(QDir::Files | QDir::Hidden);

        // WHEN it is restored with the database closed (the command), then into the open one
        const auto closed =
            DatabaseBackup::restoreInto(fixture.location(), bad, QDateTime::currentDateTime());
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().code, code);
        QVERIFY2(closed.error().message.contains(QFileInfo(bad).fileName()),
                 qPrintable(closed.error().message));
        // A sentence for the user, never an internal code such as "(guards_missing)".
        static const QRegularExpression internalCode(QStringLiteral("\\([a-z]+_[a-z_]+\\)"));
        QVERIFY2(!internalCode.match(closed.error().message).hasMatch(),
                 qPrintable(closed.error().message));
        if (!TestDatabase::isPostgres()) {
            QCOMPARE(fingerprint(fixture.location().filePath), before);
            QCOMPARE(QDir(QFileInfo(fixture.location().filePath).absolutePath())
                         .entryList(QDir::Files | QDir::Hidden),
                     filesBefore);
        }
        auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        const auto open = DatabaseBackup(**db).restore(bad);
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, code);

        // THEN the data is all there
        QCOMPARE(countOf(**db, QStringLiteral("units")), 60);
        QCOMPARE(countOf(**db, QStringLiteral("officers")), 60);
    }

    void dailyBackupKeepsTheNewestFourteen()
    {
        TestDatabase fixture;
        QVERIFY2(fixture.setupError().isEmpty(), qPrintable(fixture.setupError()));
        FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::systemTimeZone()));
        auto db = fixture.open(clock);
        KOLOKASI_VERIFY_OK(db);
        KOLOKASI_VERIFY_OK(addUnitWithOfficer(**db, 1));
        const QString folder = file(QStringLiteral("cadangan-") + fixture.location().databaseName);
        DailyBackup daily(**db, folder);
        QVERIFY(!daily.lastBackupTime().isValid());
        QVERIFY(daily.isDue());

        // The first start of the day backs up; a second start the same day does not.
        auto first = daily.runIfDue();
        KOLOKASI_VERIFY_OK(first);
        QVERIFY(QFileInfo(*first).isFile());
        QCOMPARE(QFile::permissions(folder) & 0x0777,
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QCOMPARE(daily.lastBackupTime(), clock.now().toLocalTime());
        clock.advanceSecs(3600);
        QVERIFY(!daily.isDue());
        auto again = daily.runIfDue();
        KOLOKASI_VERIFY_OK(again);
        QVERIFY(again->isEmpty());

        // A hand-made backup in the same folder is never removed.
        QFile own(folder + QStringLiteral("/sebelum-migrasi.sqlite"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.close();
        for (int day = 1; day < 20; ++day) {
            clock.advanceDays(1);
            KOLOKASI_VERIFY_OK(daily.runIfDue());
        }
        QStringList kept = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(kept.size(), 15);
        QVERIFY(kept.contains(QStringLiteral("sebelum-migrasi.sqlite")));
        QVERIFY2(kept.first().startsWith(QStringLiteral("kolokasi-20261107-")),
                 qPrintable(kept.first()));
    }

private:
    void makeBad(const QString &damage, const QString &path)
    {
        if (damage == QLatin1String("text")) {
            QFile text(path);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("Nama Server;Unit\nsimpus;Dinkes\n");
        } else if (damage == QLatin1String("empty")) {
            QFile empty(path);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        } else if (damage == QLatin1String("foreign")) {
            QCOMPARE(runRaw(path, QStringLiteral("CREATE TABLE photos (id INTEGER, name TEXT)")),
                     QString());
        } else if (damage == QLatin1String("unguarded")) {
            QCOMPARE(runRaw(path, QStringLiteral("DROP TRIGGER audit_log_no_delete")), QString());
        } else if (damage == QLatin1String("corrupt")) {
            // A page in the middle overwritten, as a failing disk does: the file still starts
            // like a backup. (SQLite pages are 4096 bytes; PostgreSQL archives have no pages.)
            const qint64 size = QFileInfo(path).size();
            QVERIFY(size > 8192);
            overwrite(path, size / 2 / 4096 * 4096, QByteArray(4096, '\x5a'));
        } else if (damage == QLatin1String("newer")) {
            if (TestDatabase::isPostgres())
                return makeNewerPostgresBackup(path);
            QCOMPARE(runRaw(path,
                            QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (999, 'future', '2030-01-01T00:00:00Z')")),
                     QString());
        }
    }

    // A backup of a database a newer Kolokasi wrote: one more row in schema_version.
    void makeNewerPostgresBackup(const QString &path)
    {
        TestDatabase newer;
        QVERIFY2(newer.setupError().isEmpty(), qPrintable(newer.setupError()));
        auto db = newer.open();
        KOLOKASI_VERIFY_OK(db);
        KOLOKASI_VERIFY_OK(
            Query(**db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                       "VALUES (999, 'future', '2030-01-01T00:00:00Z')"))
                .exec());
        QFile::remove(path);
        KOLOKASI_VERIFY_OK(DatabaseBackup(**db).backup(path));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
