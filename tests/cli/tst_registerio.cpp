// The command-line contract of import-register and export-register, on both engines:
// reports, exit codes, dry run, skip-invalid, filters and separators.
#include "../workflow/WorkflowFixture.h"
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "interchange/SpreadsheetReader.h"
#include "register/AssetRegister.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
const QByteArray kHeader =
    "Nama Server;Unit;NIP;Penanggung Jawab;Domain;Alamat IP;S/N;NOC;Rak;U Awal;Tinggi U;"
    "Daya (W);Tanggal Pasang\r\n";
const QByteArray kSimpeg =
    "srv-simpeg;Dinas Kesehatan;197310081992032001;SUMARINAH;simpeg.cirebonkab.go.id;"
    "103.20.30.2;SN-001;NOC Utama;R01;10;2;300;2024-03-01\r\n";
const QByteArray kSipd =
    "app-sipd;Dinas Pendidikan;;;sipd.cirebonkab.go.id;;;NOC Utama;;;;0;01/06/2025\r\n";
const QByteArray kSameSerial =
    "srv-kembar;Dinas Kesehatan;;;;;SN-001;NOC Utama;R02;1;1;100;2024-04-01\r\n";
} // namespace

class TestRegisterIo : public QObject
{
    Q_OBJECT

private:
    KolokasiProcess m_kolokasi{QStringLiteral(KOLOKASI_EXECUTABLE)};
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_fixture;

    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the fixture");
        return path;
    }

    ProcessRun kolokasi(QStringList arguments)
    {
        arguments.prepend(m_fixture->location().toText());
        arguments.prepend(QStringLiteral("--database"));
        return m_kolokasi.run(arguments);
    }

    int assetCount()
    {
        auto db = m_fixture->open();
        return db.ok() ? int(AssetRegister(*db.value()).entries()->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        QVERIFY2(m_fixture->setupError().isEmpty(), qPrintable(m_fixture->setupError()));
        auto db = m_fixture->open();
        KOLOKASI_VERIFY_OK(db);
        DataCentre::build(*db.value());
    }

    void cleanup() { m_fixture.reset(); }

    void aDryRunReportsAndWritesNothing()
    {
        const ProcessRun run =
            kolokasi({QStringLiteral("import-register"),
                      save(QStringLiteral("lama.csv"), kHeader + kSimpeg + kSipd),
                      QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY(run.out.contains(QStringLiteral("lama.csv: 2 row(s), 2 good, 0 bad.")));
        QVERIFY(run.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QVERIFY(run.out.contains(QStringLiteral("Dinas Pendidikan")));
        QCOMPARE(assetCount(), 0);
    }

    void aBadRowFailsTheImportUnlessSkipped()
    {
        const QString file =
            save(QStringLiteral("lama.csv"), kHeader + kSimpeg + kSameSerial + kSipd);
        const ProcessRun refused = kolokasi({QStringLiteral("import-register"), file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QStringLiteral("Line 3, column \"S/N\": ")),
                 qPrintable(refused.out));
        QVERIFY(refused.out.contains(QStringLiteral("Nothing was imported.")));
        QCOMPARE(assetCount(), 0);

        const ProcessRun skipped =
            kolokasi({QStringLiteral("import-register"), file, QStringLiteral("--skip-invalid")});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err + skipped.out));
        QVERIFY(skipped.out.contains(QStringLiteral("Imported 2 asset(s).")));
        QCOMPARE(assetCount(), 2);
    }

    void aFileThatIsNotASpreadsheetIsRefused()
    {
        const ProcessRun run =
            kolokasi({QStringLiteral("import-register"),
                      save(QStringLiteral("foto.xlsx"), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("foto.xlsx")));
        const ProcessRun empty =
            kolokasi({QStringLiteral("import-register"), save(QStringLiteral("kosong.csv"), {})});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains(QStringLiteral("empty")));
    }

    void anXlsxSheetIsChosenByName()
    {
        QVERIFY(kolokasi({QStringLiteral("import-register"),
                          save(QStringLiteral("a.csv"), kHeader + kSimpeg)})
                    .exitCode == 0);
        const QString workbook = m_dir.filePath(QStringLiteral("register.xlsx"));
        QCOMPARE(kolokasi({QStringLiteral("export-register"), workbook}).exitCode, 0);
        const ProcessRun wrongSheet =
            kolokasi({QStringLiteral("import-register"), workbook, QStringLiteral("--dry-run"),
                      QStringLiteral("--sheet"), QStringLiteral("Lembar9")});
        QCOMPARE(wrongSheet.exitCode, 1);
        QVERIFY(wrongSheet.err.contains(QStringLiteral("Aset Register")));
        // the exported register, read again, clashes with itself: every row is reported
        const ProcessRun again =
            kolokasi({QStringLiteral("import-register"), workbook, QStringLiteral("--dry-run"),
                      QStringLiteral("--sheet"), QStringLiteral("Aset Register")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.contains(QStringLiteral("Line 2, column ")));
    }

    void exportWritesTheFilteredViewWithTheChosenSeparator()
    {
        QCOMPARE(kolokasi({QStringLiteral("import-register"),
                           save(QStringLiteral("a.csv"), kHeader + kSimpeg + kSipd)})
                     .exitCode,
                 0);
        const QString out = m_dir.filePath(QStringLiteral("dinkes.csv"));
        const ProcessRun run = kolokasi(
            {QStringLiteral("export-register"), out, QStringLiteral("--unit"),
             QStringLiteral("dinas kesehatan"), QStringLiteral("--status"),
             QStringLiteral("active"), QStringLiteral("--separator"), QStringLiteral("tab")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("1 asset(s)")));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "No. Register\tNama Server\t"));
        const SheetData back = must(SpreadsheetReader::read(out), "read back");
        QCOMPARE(back.rows.size(), 2);
        QVERIFY(back.rows.at(1).cells.contains(QStringLiteral("srv-simpeg")));

        const ProcessRun all = kolokasi(
            {QStringLiteral("export-register"), m_dir.filePath(QStringLiteral("all.csv"))});
        QVERIFY(all.out.contains(QStringLiteral("2 asset(s)")));
    }

    void exportRefusesWrongArguments()
    {
        QCOMPARE(kolokasi({QStringLiteral("export-register")}).exitCode, 2);
        QCOMPARE(
            kolokasi({QStringLiteral("export-register"), m_dir.filePath(QStringLiteral("x.csv")),
                      QStringLiteral("--separator"), QStringLiteral("ab")})
                .exitCode,
            2);
        const ProcessRun unknownUnit =
            kolokasi({QStringLiteral("export-register"), m_dir.filePath(QStringLiteral("x.csv")),
                      QStringLiteral("--unit"), QStringLiteral("Dinas Antah")});
        QCOMPARE(unknownUnit.exitCode, 2);
        QVERIFY(unknownUnit.err.contains(QStringLiteral("Dinas Antah")));
        const ProcessRun ods =
            kolokasi({QStringLiteral("export-register"), m_dir.filePath(QStringLiteral("x.ods"))});
        QCOMPARE(ods.exitCode, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.ods"))));
        QCOMPARE(kolokasi({QStringLiteral("import-register")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRegisterIo)
#include "tst_registerio.moc"
