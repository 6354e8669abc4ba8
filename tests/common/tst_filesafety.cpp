// Files whole or not at all on a nearly full disk (a small tmpfs the test mounts): every
// writer (AtomicFileWriter and its callers, the .xlsx workbook, the backup, the database,
// the demo command) reports the full disk in one sentence naming the folder, and the earlier
// file stays. Also the .xlsx cell limit: a cell cut at 32,767 characters is marked and named.
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "SmallDisk.h"
#include "TestEnvironment.h"
#include "common/AtomicFileWriter.h"
#include "interchange/SpreadsheetReader.h"
#include "interchange/XlsxWriter.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using test::SmallDisk;

namespace {
const QByteArray kEarlier = "the earlier file, whole\n";

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

void writeEarlier(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(kEarlier), qint64(kEarlier.size()));
}

// One sentence naming the folder, saying the disk is full; no driver or internal text.
void verifyDiskFull(const Error &error, const QString &folder)
{
    QCOMPARE(error.code, QStringLiteral("disk_full"));
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(folder)), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("full")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1String("--verbose")), qPrintable(error.message));
}
} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    // A writer that checks nothing (as a PDF writer does not) still gets the full disk.
    void aWriteThatDoesNotFitLeavesTheEarlierFile_data()
    {
        QTest::addColumn<bool>("contentChecksWrites");
        QTest::newRow("writer checks its writes") << true;
        QTest::newRow("writer ignores its writes") << false;
    }

    void aWriteThatDoesNotFitLeavesTheEarlierFile()
    {
        QFETCH(bool, contentChecksWrites);
        SmallDisk disk;
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const QString path = disk.path(QStringLiteral("laporan.pdf"));
        writeEarlier(path);
        QVERIFY(disk.fill(8 * 1024));

        const QByteArray big(200 * 1024, 'p');
        const Status written = AtomicFileWriter::write(path, [&](QIODevice &out) -> Status {
            for (int i = 0; i < 50; ++i) {
                const bool ok = out.write(big.constData(), 4096) == 4096;
                if (contentChecksWrites && !ok)
                    return Error{QStringLiteral("write_failed"), QStringLiteral("stopped"), {}};
            }
            return {};
        });
        QVERIFY(!written.ok());
        verifyDiskFull(written.error(), disk.path());
        QCOMPARE(contentOf(path), kEarlier);
        disk.empty();
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("laporan.pdf")}); // no temporary file left
    }

    void aWorkbookThatDoesNotFitLeavesTheEarlierFile()
    {
        SmallDisk disk;
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const QString path = disk.path(QStringLiteral("register.xlsx"));
        writeEarlier(path);
        QVERIFY(disk.fill(2 * 1024));
        QList<QVariantList> rows;
        for (int i = 0; i < 2000; ++i)
            rows.append({QStringLiteral("AST-%1").arg(i),
                         QStringLiteral("srv-%1 %2").arg(i).arg(QString(40, 'x'))});
        const Status written = XlsxWriter::write(
            path, {QStringLiteral("No. Register"), QStringLiteral("Nama")}, rows, {});
        QVERIFY(!written.ok());
        verifyDiskFull(written.error(), disk.path());
        QCOMPARE(contentOf(path), kEarlier);
    }

    // libxlsxwriter writes its own file (in the temporary folder): its failure is seen too.
    void aWorkbookWhoseScratchDiskIsFullIsNotWritten()
    {
        SmallDisk scratch;
        QVERIFY2(scratch.error().isEmpty(), qPrintable(scratch.error()));
        QVERIFY(scratch.fill(1024));
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("register.xlsx"));
        writeEarlier(path);
        const QByteArray oldTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(scratch.path()));
        QList<QVariantList> rows;
        for (int i = 0; i < 2000; ++i)
            rows.append({QStringLiteral("AST-%1").arg(i), QString(60, QLatin1Char('y'))});
        const Status written =
            XlsxWriter::write(path, {QStringLiteral("A"), QStringLiteral("B")}, rows, {});
        qputenv("TMPDIR", oldTemp);
        QVERIFY(!written.ok());
        QCOMPARE(contentOf(path), kEarlier);
    }

    void aBackupThatDoesNotFitIsReportedAsAFullDisk()
    {
        QTemporaryDir home;
        auto db = Database::open(DatabaseLocation::sqlite(home.filePath(QStringLiteral("k.db"))),
                                 Database::OpenMode::CreateIfMissing);
        KOLOKASI_VERIFY_OK(db);
        SmallDisk disk(128 * 1024);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        const QString path = disk.path(QStringLiteral("cadangan.kolokasi-backup"));
        writeEarlier(path);
        QVERIFY(disk.fill(4 * 1024));
        const Status backedUp = DatabaseBackup(**db).backup(path);
        QVERIFY(!backedUp.ok());
        verifyDiskFull(backedUp.error(), disk.path());
        QCOMPARE(contentOf(path), kEarlier);
    }

    void aDatabaseOnAFullDiskSaysSo()
    {
        SmallDisk disk(256 * 1024);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        QVERIFY(disk.fill(16 * 1024));
        const auto db = Database::open(DatabaseLocation::sqlite(disk.path(QStringLiteral("k.db"))),
                                       Database::OpenMode::CreateIfMissing);
        QVERIFY(!db.ok());
        verifyDiskFull(db.error(), disk.path());
    }

    // The demo on a full disk: the cause in words, and no empty file that `info` refuses.
    void aFailedDemoLeavesNoDatabaseBehind()
    {
        SmallDisk disk(256 * 1024);
        QVERIFY2(disk.error().isEmpty(), qPrintable(disk.error()));
        QVERIFY(disk.fill(16 * 1024));
        const QString path = disk.path(QStringLiteral("demo.db"));
        test::KolokasiProcess kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};
        const test::ProcessRun run =
            kolokasi.run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String("full")) && run.err.contains(disk.path()),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("unexpected")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

        // AND with room again, the demo makes the database and info reads it
        disk.empty();
        SmallDisk roomy(32 * 1024 * 1024);
        QVERIFY2(roomy.error().isEmpty(), qPrintable(roomy.error()));
        const QString again = roomy.path(QStringLiteral("demo.db"));
        const test::ProcessRun made =
            kolokasi.run({QStringLiteral("--database"), again, QStringLiteral("demo")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const test::ProcessRun info =
            kolokasi.run({QStringLiteral("--database"), again, QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    }

    // Excel holds 32,767 characters a cell: a longer one is cut visibly and named.
    void aCellOverExcelsLimitIsCutVisiblyAndNamed()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("register.xlsx"));
        const QString longText = QString(40000, QLatin1Char('k'));
        QStringList notes;
        XlsxWriter::Options options;
        options.notes = &notes;
        KOLOKASI_VERIFY_OK(
            XlsxWriter::write(path, {QStringLiteral("No. Register"), QStringLiteral("Catatan")},
                              {{QStringLiteral("AST-1"), longText}}, options));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QLatin1String("B2")) &&
                     notes.first().contains(QLatin1String("Catatan")),
                 qPrintable(notes.first()));
        const auto sheet = SpreadsheetReader::read(path);
        KOLOKASI_VERIFY_OK(sheet);
        const QString cell = sheet->rows.at(1).cells.at(1);
        QVERIFY(cell.size() <= XlsxWriter::kMaxCellLength);
        QVERIFY(cell.endsWith(XlsxWriter::cutMark()));
        QVERIFY(cell.startsWith(QString(1000, QLatin1Char('k'))));
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
