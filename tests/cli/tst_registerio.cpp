// The command-line contract of import-register and export-register, on both engines:
// reports, exit codes, dry run, skip-invalid, filters and separators.
#include "../workflow/WorkflowFixture.h"
#include "KolokasiProcess.h"
#include "ResultAssertions.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "interchange/SpreadsheetReader.h"
#include "interchange/XlsxWriter.h"
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

    // Issue 23: an office's CSV with a title row, a register-like column the import does not
    // know, a combined location and a JUMLAH row: stopped, then left out, dry run, real run.
    void anOfficeFileNeedsItsUnknownColumnLeftOut()
    {
        const QString file =
            save(QStringLiteral("kantor.csv"),
                 "INVENTARIS SERVER DISKOMINFO 2025\r\n"
                 "\r\n"
                 "No;Nama Aplikasi;OPD;NIP PIC;PIC;Ruang Server;Lokasi;Posisi Rack Server;Daya;"
                 "IP Address;Tgl. Pasang\r\n"
                 "1;srv-simpeg;Dinkes;197310081992032001;SUMARINAH;NOC Utama;Rak R01 / U 5-6;"
                 "depan;450 W;103.20.30.2 / 103.20.30.3;2024-03-01\r\n"
                 "2;srv-baru;Dinas Sosial;;;NOC Utama;R02, U 7;belakang;0,3 kW;10.10.0.7;"
                 "2025-01-02\r\n"
                 ";JUMLAH;;;;;;;750\r\n");
        const ProcessRun stopped =
            kolokasi({QStringLiteral("import-register"), file, QStringLiteral("--dry-run")});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains(QStringLiteral("\"Posisi Rack Server\"")),
                 qPrintable(stopped.err));
        QVERIFY(stopped.err.contains(QStringLiteral("--ignore-column")));
        QVERIFY(stopped.err.contains(QStringLiteral("Header: row 3.")));
        const ProcessRun unknown =
            kolokasi({QStringLiteral("import-register"), file, QStringLiteral("--ignore-column"),
                      QStringLiteral("Rak Belakang")});
        QCOMPARE(unknown.exitCode, 2);

        const QStringList leaveOut{QStringLiteral("import-register"), file,
                                   QStringLiteral("--ignore-column"),
                                   QStringLiteral("Posisi Rack Server")};
        const ProcessRun dry = kolokasi(leaveOut + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err + dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("Header: row 3.")));
        QVERIFY2(dry.out.contains(QStringLiteral("Line 6 skipped")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("New units to create: Dinas Sosial.")));
        QVERIFY(dry.out.contains(QStringLiteral("kantor.csv: 2 row(s), 2 good, 0 bad.")));
        QCOMPARE(assetCount(), 0);

        const ProcessRun real = kolokasi(leaveOut);
        QVERIFY2(real.exitCode == 0, qPrintable(real.err + real.out));
        QVERIFY(real.out.contains(QStringLiteral("New units created: Dinas Sosial.")));
        auto db = m_fixture->open();
        KOLOKASI_VERIFY_OK(db);
        const QList<RegisterEntry> view = *AssetRegister(*db.value()).entries();
        QCOMPARE(view.size(), 2);
        for (const RegisterEntry &entry : view) {
            if (entry.serverName == QLatin1String("srv-simpeg")) {
                QCOMPARE(entry.unitName, QStringLiteral("Dinas Kesehatan"));
                QCOMPARE(entry.officerNip, QStringLiteral("197310081992032001"));
                QCOMPARE(entry.rackName, QStringLiteral("R01"));
                QCOMPARE(entry.placement.firstU, 5);
                QCOMPARE(entry.placement.heightU, 2);
                QCOMPARE(entry.powerW, 450);
                QCOMPARE(entry.placement.ipAddresses, (QStringList{QStringLiteral("103.20.30.2"),
                                                                   QStringLiteral("103.20.30.3")}));
                QCOMPARE(entry.asset.installedOn, QDate(2024, 3, 1));
            } else {
                QCOMPARE(entry.serverName, QStringLiteral("srv-baru"));
                QCOMPARE(entry.unitName, QStringLiteral("Dinas Sosial"));
                QCOMPARE(entry.rackName, QStringLiteral("R02"));
                QCOMPARE(entry.placement.firstU, 7);
                QCOMPARE(entry.powerW, 300);
                QCOMPARE(entry.asset.installedOn, QDate(2025, 1, 2));
            }
        }
    }

    // Issue 23 point 5: an xlsx whose NIP cells are numbers.
    void anXlsxNumericNipIsRefusedWithTheTrueReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("angka.xlsx"));
        KOLOKASI_VERIFY_OK(XlsxWriter::write(
            path,
            {QStringLiteral("Nama Server"), QStringLiteral("Unit"), QStringLiteral("NIP"),
             QStringLiteral("NOC"), QStringLiteral("Rak"), QStringLiteral("U Awal"),
             QStringLiteral("Tanggal Pasang")},
            {{QStringLiteral("srv-a"), QStringLiteral("Dinkes"), QVariant(197310081992032001.0),
              QStringLiteral("NOC Utama"), QStringLiteral("R01"), 3, QDate(2024, 1, 2)}},
            {}));
        for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
            const ProcessRun run =
                kolokasi(QStringList{QStringLiteral("import-register"), path} + extra);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains(QStringLiteral("Line 2, column \"NIP\": ")),
                     qPrintable(run.out));
            QVERIFY(run.out.contains(QStringLiteral("as a number")));
            QVERIFY(run.out.contains(QStringLiteral("as Text")));
        }
        QCOMPARE(assetCount(), 0);
    }

    // Issue 23 point 8: many bad rows print a summary and the first 100 problems.
    void manyBadRowsPrintTheFirstHundred()
    {
        QByteArray csv = "Nama Server;Unit;NOC;Rak;U Awal;Tanggal Pasang\r\n";
        for (int i = 0; i < 1500; ++i)
            csv += "srv-" + QByteArray::number(i) + ";Dinkes;NOC Hilang;R01;1;2024-01-01\r\n";
        const ProcessRun run =
            kolokasi({QStringLiteral("import-register"), save(QStringLiteral("rusak.csv"), csv),
                      QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.count(QStringLiteral("\nLine ")) +
                     (run.out.startsWith(QStringLiteral("Line ")) ? 1 : 0),
                 100);
        QVERIFY2(run.out.contains(QStringLiteral("... and 1400 more problem(s) not shown")),
                 qPrintable(run.out.right(400)));
        QVERIFY(run.out.contains(QStringLiteral("rusak.csv: 1500 row(s), 0 good, 1500 bad.")));
        QVERIFY(run.out.count(QLatin1Char('\n')) < 110);
    }

    // Issue 23 point 9: an empty workbook says it is empty.
    void anEmptyWorkbookSaysEmpty()
    {
        const QString path = m_dir.filePath(QStringLiteral("kosong.xlsx"));
        KOLOKASI_VERIFY_OK(XlsxWriter::write(path, {}, {}, {}));
        for (const QString &file : {path, save(QStringLiteral("nol.xlsx"), {})}) {
            const ProcessRun run = kolokasi({QStringLiteral("import-register"), file});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("is empty")), qPrintable(run.err));
            QVERIFY(!run.err.contains(QStringLiteral("workbook")));
        }
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
