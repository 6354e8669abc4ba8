// Importing an agency's register and exporting the register view, on both engines: a good
// file, each kind of bad row (line, column, reason), dry run and skip-invalid, .xlsx, and an
// export that reads back equal to the view.
#include "../workflow/WorkflowFixture.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "interchange/CsvReader.h"
#include "interchange/RegisterExport.h"
#include "interchange/RegisterImport.h"
#include "interchange/RegisterTable.h"
#include "interchange/SpreadsheetReader.h"
#include "interchange/XlsxWriter.h"
#include "register/AssetRegister.h"
#include "store/AuditLog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
const QStringList kHeader{QStringLiteral("No. Register"),
                          QStringLiteral("Nama Server"),
                          QStringLiteral("Unit"),
                          QStringLiteral("Penanggung Jawab"),
                          QStringLiteral("NIP"),
                          QStringLiteral("Jenis Layanan"),
                          QStringLiteral("Domain"),
                          QStringLiteral("Alamat IP"),
                          QStringLiteral("S/N"),
                          QStringLiteral("Tipe & Merk"),
                          QStringLiteral("Prosesor"),
                          QStringLiteral("RAM"),
                          QStringLiteral("NOC"),
                          QStringLiteral("Rak"),
                          QStringLiteral("U Awal"),
                          QStringLiteral("Tinggi U"),
                          QStringLiteral("Daya (W)"),
                          QStringLiteral("Tanggal Pasang"),
                          QStringLiteral("Berlaku Sampai"),
                          QStringLiteral("Peninjauan Terakhir")};

using Row = QMap<QString, QString>;

const Row kSimpeg{{QStringLiteral("No. Register"), QStringLiteral("AST-2024-0101")},
                  {QStringLiteral("Nama Server"), QStringLiteral("srv-simpeg")},
                  {QStringLiteral("Unit"), QStringLiteral("Dinas Kesehatan")},
                  {QStringLiteral("Penanggung Jawab"), QStringLiteral("SUMARINAH, S.Kom")},
                  {QStringLiteral("NIP"), QStringLiteral("19731008 199203 2 001")},
                  {QStringLiteral("Jenis Layanan"), QStringLiteral("Kolokasi")},
                  {QStringLiteral("Domain"), QStringLiteral("simpeg.cirebonkab.go.id")},
                  {QStringLiteral("Alamat IP"), QStringLiteral("103.20.30.2")},
                  {QStringLiteral("S/N"), QStringLiteral("SN-001")},
                  {QStringLiteral("Tipe & Merk"), QStringLiteral("Dell R650")},
                  {QStringLiteral("Prosesor"), QStringLiteral("Xeon Silver 4310")},
                  {QStringLiteral("RAM"), QStringLiteral("64 GB")},
                  {QStringLiteral("NOC"), QStringLiteral("NOC Utama")},
                  {QStringLiteral("Rak"), QStringLiteral("R01")},
                  {QStringLiteral("U Awal"), QStringLiteral("10")},
                  {QStringLiteral("Tinggi U"), QStringLiteral("2")},
                  {QStringLiteral("Daya (W)"), QStringLiteral("300")},
                  {QStringLiteral("Tanggal Pasang"), QStringLiteral("2024-03-01")},
                  {QStringLiteral("Berlaku Sampai"), QStringLiteral("permanen")},
                  {QStringLiteral("Peninjauan Terakhir"), QStringLiteral("2026-01-15")}};

const Row kSipd{{QStringLiteral("Nama Server"), QStringLiteral("app-sipd")},
                {QStringLiteral("Unit"), QStringLiteral("Dinas Pendidikan")},
                {QStringLiteral("Penanggung Jawab"), QStringLiteral("Ahmad Fauzi")},
                {QStringLiteral("NIP"), QStringLiteral("196207181986031003")},
                {QStringLiteral("Jenis Layanan"), QStringLiteral("hosting")},
                {QStringLiteral("Domain"), QStringLiteral("SIPD.cirebonkab.go.id")},
                {QStringLiteral("Alamat IP"), QStringLiteral("10.10.0.5")},
                {QStringLiteral("NOC"), QStringLiteral("NOC Utama")},
                {QStringLiteral("Daya (W)"), QStringLiteral("0")},
                {QStringLiteral("Tanggal Pasang"), QStringLiteral("01/06/2025")},
                {QStringLiteral("Berlaku Sampai"), QStringLiteral("31-12-2027")}};

const Row kArsip{{QStringLiteral("Nama Server"), QStringLiteral("srv-arsip")},
                 {QStringLiteral("Unit"), QStringLiteral("dinas kesehatan")},
                 {QStringLiteral("S/N"), QStringLiteral("SN-003")},
                 {QStringLiteral("NOC"), QStringLiteral("noc utama")},
                 {QStringLiteral("Rak"), QStringLiteral("r02")},
                 {QStringLiteral("U Awal"), QStringLiteral("1")},
                 {QStringLiteral("Daya (W)"), QStringLiteral("250")},
                 {QStringLiteral("Tanggal Pasang"), QStringLiteral("2023-07-17")}};

/// A good co-located server that does not clash with kSimpeg.
const Row kFresh{{QStringLiteral("Nama Server"), QStringLiteral("srv-baru")},
                 {QStringLiteral("Unit"), QStringLiteral("Dinas Kesehatan")},
                 {QStringLiteral("Jenis Layanan"), QStringLiteral("kolokasi")},
                 {QStringLiteral("Domain"), QStringLiteral("baru.cirebonkab.go.id")},
                 {QStringLiteral("Alamat IP"), QStringLiteral("103.20.30.3")},
                 {QStringLiteral("S/N"), QStringLiteral("SN-BARU")},
                 {QStringLiteral("NOC"), QStringLiteral("NOC Utama")},
                 {QStringLiteral("Rak"), QStringLiteral("R02")},
                 {QStringLiteral("U Awal"), QStringLiteral("20")},
                 {QStringLiteral("Tinggi U"), QStringLiteral("1")},
                 {QStringLiteral("Daya (W)"), QStringLiteral("200")},
                 {QStringLiteral("Tanggal Pasang"), QStringLiteral("2024-05-02")}};

SheetData sheetOf(const QList<Row> &rows)
{
    SheetData sheet;
    sheet.rows.append({1, kHeader});
    for (const Row &row : rows) {
        QStringList cells;
        for (const QString &column : kHeader)
            cells << row.value(column);
        sheet.rows.append({int(sheet.rows.size()) + 1, cells});
    }
    return sheet;
}

Row changed(Row row, const QString &column, const QString &value)
{
    row.insert(column, value);
    return row;
}
} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    QTemporaryDir m_dir;

    ImportReport import(const SheetData &sheet, bool dryRun = false, bool skipInvalid = false)
    {
        ImportOptions options;
        options.dryRun = dryRun;
        options.skipInvalid = skipInvalid;
        options.sourceName = QStringLiteral("register-lama.csv");
        return must(
            RegisterImport(m_s.db()).run(sheet, ColumnMapping::fromHeader(sheet.header()), options),
            "import");
    }

    QList<RegisterEntry> entries() { return must(AssetRegister(m_s.db()).entries(), "entries"); }

    RegisterEntry entryOf(const QString &serverName)
    {
        for (const RegisterEntry &entry : entries()) {
            if (entry.serverName == serverName)
                return entry;
        }
        qFatal("no such server in the register");
    }

    int importedInAuditLog()
    {
        int count = 0;
        for (const AuditLog::Entry &entry : must(AuditLog(m_s.db()).latest(1000), "audit"))
            count += entry.action == QLatin1String("import") ? 1 : 0;
        return count;
    }

    int unitCount() { return int(must(UnitRepository(m_s.db()).all(), "units").size()); }

    /// The register view as text cells, as an export should hold it.
    static QList<QStringList> textOf(const QList<RegisterEntry> &view)
    {
        QList<QStringList> rows;
        for (const RegisterEntry &entry : view) {
            QStringList cells;
            for (const QVariant &cell : RegisterTable::row(entry))
                cells << RegisterTable::text(cell);
            rows << cells;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void aGoodFileIsImportedInOneGo()
    {
        const ImportReport report = import(sheetOf({kSimpeg, kSipd, kArsip}));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).message));
        QVERIFY(report.written);
        QCOMPARE(report.rowCount, 3);
        QCOMPARE(report.acceptedCount, 3);
        QCOMPARE(report.newUnits, QStringList{QStringLiteral("Dinas Pendidikan")});
        QCOMPARE(report.assetIds.size(), 3);

        const QList<RegisterEntry> view = entries();
        QCOMPARE(view.size(), 3);
        const RegisterEntry simpeg = entryOf(QStringLiteral("srv-simpeg"));
        QCOMPARE(simpeg.asset.registerNumber, QStringLiteral("AST-2024-0101"));
        QCOMPARE(simpeg.serverName, QStringLiteral("srv-simpeg"));
        QCOMPARE(simpeg.unitName, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(simpeg.officerNip, QStringLiteral("197310081992032001"));
        QCOMPARE(simpeg.rackName, QStringLiteral("R01"));
        QCOMPARE(simpeg.placement.firstU, 10);
        QCOMPARE(simpeg.placement.heightU, 2);
        QCOMPARE(simpeg.placement.ipAddresses, QStringList{QStringLiteral("103.20.30.2")});
        QCOMPARE(simpeg.powerW, 300);
        QCOMPARE(simpeg.spec.processor, QStringLiteral("Xeon Silver 4310"));
        QCOMPARE(simpeg.asset.installedOn, QDate(2024, 3, 1));
        QCOMPARE(simpeg.asset.lastReviewedOn, QDate(2026, 1, 15));
        QVERIFY(simpeg.asset.permanent);
        bool sawHosting = false;
        for (const RegisterEntry &entry : view) {
            if (entry.serverName != QLatin1String("app-sipd"))
                continue;
            sawHosting = true;
            QCOMPARE(entry.asset.serviceType, ServiceType::Hosting);
            QCOMPARE(entry.unitName, QStringLiteral("Dinas Pendidikan"));
            QCOMPARE(entry.placement.domain, QStringLiteral("sipd.cirebonkab.go.id"));
            QCOMPARE(entry.asset.installedOn, QDate(2025, 6, 1));
            QCOMPARE(entry.asset.validUntil, QDate(2027, 12, 31));
            QVERIFY(!entry.asset.permanent);
        }
        QVERIFY(sawHosting);
        QCOMPARE(importedInAuditLog(), 3);
    }

    void aContractEmployeesNumberMakesAPppkOfficer()
    {
        // GIVEN a line whose officer has a PPPK number (digits 13-14 "21", not a month)
        const Row pppk =
            changed(changed(kFresh, QStringLiteral("NIP"), QStringLiteral("19920315 202121 2 001")),
                    QStringLiteral("Penanggung Jawab"), QStringLiteral("Rizky Fauzan"));
        // WHEN imported THEN it is accepted and the new officer is a PPPK
        const ImportReport report = import(sheetOf({pppk}));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).message));
        const RegisterEntry entry = entryOf(QStringLiteral("srv-baru"));
        QCOMPARE(entry.officerNip, QStringLiteral("199203152021212001"));
        const Officer officer =
            must(UnitRepository(m_s.db()).findOfficer(entry.asset.officerId), "officer");
        QCOMPARE(officer.kind, EmployeeKind::Pppk);
    }

    void aDryRunChecksEverythingAndWritesNothing()
    {
        const int unitsBefore = unitCount();
        const ImportReport report = import(sheetOf({kSimpeg, kSipd, kArsip}), true);
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.acceptedCount, 3);
        QVERIFY(!report.written);
        QVERIFY(report.assetIds.isEmpty());
        QCOMPARE(report.newUnits,
                 QStringList{QStringLiteral("Dinas Pendidikan")}); // would be created
        QVERIFY(entries().isEmpty());
        QCOMPARE(unitCount(), unitsBefore);
        QCOMPARE(importedInAuditLog(), 0);
    }

    void eachKindOfBadRowIsReportedWithLineColumnAndReason_data()
    {
        QTest::addColumn<Row>("bad");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("code");
        const QString nip = QStringLiteral("NIP");
        QTest::newRow("NIP too short") << changed(kFresh, nip, QStringLiteral("1973100819920320"))
                                       << nip << QStringLiteral("nip_length");
        QTest::newRow("NIP of another unit's officer")
            << changed(changed(kFresh, nip, QStringLiteral("197310081992032001")),
                       QStringLiteral("Unit"), QStringLiteral("Dinas Pendidikan"))
            << nip << QStringLiteral("duplicate");
        QTest::newRow("PPPK number with a bad gender digit")
            << changed(kFresh, nip, QStringLiteral("199203152021219001")) << nip
            << QStringLiteral("pppk_gender");
        QTest::newRow("domain not a host name")
            << changed(kFresh, QStringLiteral("Domain"), QStringLiteral("baru..go.id"))
            << QStringLiteral("Domain") << QString();
        QTest::newRow("IP not an address")
            << changed(kFresh, QStringLiteral("Alamat IP"), QStringLiteral("103.20.30.300"))
            << QStringLiteral("Alamat IP") << QString();
        QTest::newRow("public IP outside every pool")
            << changed(kFresh, QStringLiteral("Alamat IP"), QStringLiteral("8.8.8.8"))
            << QStringLiteral("Alamat IP") << QStringLiteral("ip_outside_pool");
        QTest::newRow("U range outside the rack")
            << changed(changed(kFresh, QStringLiteral("U Awal"), QStringLiteral("42")),
                       QStringLiteral("Tinggi U"), QStringLiteral("2"))
            << QStringLiteral("U Awal") << QString();
        QTest::newRow("overlap with the row above")
            << changed(changed(kFresh, QStringLiteral("Rak"), QStringLiteral("R01")),
                       QStringLiteral("U Awal"), QStringLiteral("11"))
            << QStringLiteral("U Awal") << QStringLiteral("overlap");
        QTest::newRow("S/N used above")
            << changed(kFresh, QStringLiteral("S/N"), QStringLiteral("SN-001"))
            << QStringLiteral("S/N") << QStringLiteral("duplicate");
        QTest::newRow("domain used above")
            << changed(kFresh, QStringLiteral("Domain"), QStringLiteral("Simpeg.cirebonkab.go.id"))
            << QStringLiteral("Domain") << QStringLiteral("duplicate");
        QTest::newRow("IP used above")
            << changed(kFresh, QStringLiteral("Alamat IP"), QStringLiteral("103.20.30.2"))
            << QStringLiteral("Alamat IP") << QStringLiteral("duplicate");
        QTest::newRow("register number used above")
            << changed(kFresh, QStringLiteral("No. Register"), QStringLiteral("AST-2024-0101"))
            << QStringLiteral("No. Register") << QStringLiteral("duplicate");
        QTest::newRow("unknown NOC")
            << changed(kFresh, QStringLiteral("NOC"), QStringLiteral("NOC Cadangan"))
            << QStringLiteral("NOC") << QStringLiteral("unknown_noc");
        QTest::newRow("unknown rack")
            << changed(kFresh, QStringLiteral("Rak"), QStringLiteral("R09"))
            << QStringLiteral("Rak") << QStringLiteral("unknown_rack");
        QTest::newRow("co-location without a rack")
            << changed(kFresh, QStringLiteral("Rak"), QString()) << QStringLiteral("Rak")
            << QStringLiteral("required");
        QTest::newRow("impossible date")
            << changed(kFresh, QStringLiteral("Tanggal Pasang"), QStringLiteral("31-02-2024"))
            << QStringLiteral("Tanggal Pasang") << QStringLiteral("date_invalid");
        QTest::newRow("server name missing")
            << changed(kFresh, QStringLiteral("Nama Server"), QString())
            << QStringLiteral("Nama Server") << QStringLiteral("required");
        QTest::newRow("power not a number")
            << changed(kFresh, QStringLiteral("Daya (W)"), QStringLiteral("dua ratus"))
            << QStringLiteral("Daya (W)") << QStringLiteral("invalid_value");
        QTest::newRow("unknown service type")
            << changed(kFresh, QStringLiteral("Jenis Layanan"), QStringLiteral("sewa"))
            << QStringLiteral("Jenis Layanan") << QStringLiteral("invalid_value");
        // Issue 24: what would garble a printout, and the stated length limit (TextInput).
        QTest::newRow("bidi override in the unit")
            << changed(kFresh, QStringLiteral("Unit"), QStringLiteral("\u202eRSUD Arjawinangun"))
            << QStringLiteral("Unit") << QStringLiteral("invalid_text");
        QTest::newRow("escape sequence in the server name")
            << changed(kFresh, QStringLiteral("Nama Server"), QStringLiteral("srv\x1b[31mbaru"))
            << QStringLiteral("Nama Server") << QStringLiteral("invalid_text");
        QTest::newRow("line break inside the S/N")
            << changed(kFresh, QStringLiteral("S/N"), QStringLiteral("SN-9\r\nSN-10"))
            << QStringLiteral("S/N") << QStringLiteral("invalid_text");
        QTest::newRow("type and brand over the limit")
            << changed(kFresh, QStringLiteral("Tipe & Merk"), QString(300, QLatin1Char('D')))
            << QStringLiteral("Tipe & Merk") << QStringLiteral("too_long");
    }

    void eachKindOfBadRowIsReportedWithLineColumnAndReason()
    {
        QFETCH(Row, bad);
        QFETCH(QString, column);
        QFETCH(QString, code);
        // GIVEN a good row on line 2 and a bad one on line 3
        const SheetData sheet = sheetOf({kSimpeg, bad});
        // WHEN it is imported THEN the bad row is named and nothing is written
        const ImportReport report = import(sheet);
        QCOMPARE(report.problems.size(), 1);
        const ImportProblem &problem = report.problems.first();
        QCOMPARE(problem.line, 3);
        QCOMPARE(problem.column, column);
        if (!code.isEmpty())
            QCOMPARE(problem.code, code);
        QVERIFY(!problem.message.isEmpty());
        QCOMPARE(report.acceptedCount, 1);
        QVERIFY(!report.written);
        QVERIFY(entries().isEmpty());
        // and with skip-invalid only the good row goes in
        const ImportReport skipping = import(sheet, false, true);
        QVERIFY(skipping.written);
        QCOMPARE(skipping.acceptedCount, 1);
        QCOMPARE(skipping.badRowCount(), 1);
        QCOMPARE(entries().size(), 1);
        QCOMPARE(importedInAuditLog(), 1);
    }

    void everyBadRowIsListedNotOnlyTheFirst()
    {
        const ImportReport report =
            import(sheetOf({changed(kFresh, QStringLiteral("NOC"), QStringLiteral("X")), kSimpeg,
                            changed(kSipd, QStringLiteral("Tanggal Pasang"), QString())}),
                   true);
        QCOMPARE(report.badRowCount(), 2);
        QCOMPARE(report.problems.first().line, 2);
        QCOMPARE(report.problems.last().line, 4);
        QCOMPARE(report.acceptedCount, 1);
    }

    void emptyHeaderOnlyAndUnmappedFilesAreRefused()
    {
        ImportOptions options;
        options.sourceName = QStringLiteral("kosong.csv");
        RegisterImport importer(m_s.db());
        auto empty = importer.run({}, {}, options);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, QStringLiteral("empty_file"));
        const SheetData headerOnly = sheetOf({});
        auto noRows = importer.run(headerOnly, ColumnMapping::fromHeader(kHeader), options);
        QVERIFY(!noRows.ok());
        QCOMPARE(noRows.error().code, QStringLiteral("no_rows"));
        SheetData unmapped = sheetOf({kFresh});
        unmapped.rows.first().cells.replace(kHeader.indexOf(QStringLiteral("NOC")),
                                            QStringLiteral("Gedung"));
        auto missing =
            importer.run(unmapped, ColumnMapping::fromHeader(unmapped.header()), options);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("missing_column"));
        // the caller fixes the mapping and it goes through
        ColumnMapping fixed = ColumnMapping::fromHeader(unmapped.header());
        fixed.assign(RegisterField::Noc, int(kHeader.indexOf(QStringLiteral("NOC"))));
        QVERIFY(must(importer.run(unmapped, fixed, options), "fixed").written);
        QVERIFY(entries().size() == 1);
    }

    void anXlsxWorkbookImportsLikeACsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("register.xlsx"));
        QList<QVariantList> rows;
        for (const Row &row : {kSimpeg, kArsip}) {
            QVariantList cells;
            for (const QString &column : kHeader) {
                const QString text = row.value(column);
                const QDate day = QDate::fromString(text, Qt::ISODate);
                bool number = false;
                const int value = text.toInt(&number);
                cells << (day.isValid() ? QVariant(day)
                          : number      ? QVariant(value)
                                        : QVariant(text));
            }
            rows << cells;
        }
        KOLOKASI_VERIFY_OK(XlsxWriter::write(path, kHeader, rows, {}));
        const SheetData sheet = must(SpreadsheetReader::read(path), "read");
        const ImportReport report = import(sheet);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).message));
        QVERIFY(report.written);
        const QList<RegisterEntry> view = entries();
        QCOMPARE(view.size(), 2);
        QCOMPARE(entryOf(QStringLiteral("srv-simpeg")).asset.installedOn, QDate(2024, 3, 1));
        QCOMPARE(entryOf(QStringLiteral("srv-simpeg")).placement.firstU, 10);
        QCOMPARE(entryOf(QStringLiteral("srv-arsip")).asset.installedOn, QDate(2023, 7, 17));
    }

    void anExportReadsBackEqualToTheView_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("csv ;") << QStringLiteral("register.csv") << QChar(QLatin1Char(';'));
        QTest::newRow("csv ,") << QStringLiteral("register.csv") << QChar(QLatin1Char(','));
        QTest::newRow("xlsx") << QStringLiteral("register.xlsx") << QChar(QLatin1Char(';'));
    }

    void anExportReadsBackEqualToTheView()
    {
        QFETCH(QString, fileName);
        QFETCH(QChar, separator);
        Row multiline = kArsip;
        multiline.insert(QStringLiteral("Tipe & Merk"),
                         QStringLiteral("HP \"ProLiant\"; DL380,\nGen10"));
        QVERIFY(import(sheetOf({kSimpeg, kSipd, multiline})).written);
        AssetFilter filter;
        filter.unitId = m_s.dc.unit.id; // the view: one unit's assets
        const QList<RegisterEntry> view = must(AssetRegister(m_s.db()).entries(filter), "view");
        QCOMPARE(view.size(), 2);

        const QString path = m_dir.filePath(fileName);
        KOLOKASI_VERIFY_OK(RegisterExport::write(view, path, separator));
        QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        const SheetData back = must(SpreadsheetReader::read(path), "read back");
        QCOMPARE(back.header(), RegisterTable::header());
        QList<QStringList> cells;
        for (qsizetype i = 1; i < back.rows.size(); ++i) {
            QStringList row = back.rows.at(i).cells;
            while (row.size() < RegisterTable::header().size())
                row << QString(); // xlsx leaves trailing empty cells out
            cells << row;
        }
        QCOMPARE(cells, textOf(view));
        if (fileName.endsWith(QLatin1String(".csv"))) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            QCOMPARE(CsvReader::detectSeparator(QString::fromUtf8(bytes.mid(3))), separator);
        }
    }

    void anExportIsRefusedForAnUnknownEnding()
    {
        const Status refused =
            RegisterExport::write({}, m_dir.filePath(QStringLiteral("register.ods")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("unknown_format"));
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"
