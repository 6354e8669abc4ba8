// Importing an agency's register and exporting the register view, on both engines: a good
// file, each kind of bad row (line, column, reason), dry run and skip-invalid, .xlsx, and an
// export that reads back equal to the view.
#include "../workflow/WorkflowFixture.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "interchange/CsvReader.h"
#include "interchange/RegisterExport.h"
#include "interchange/RegisterField.h"
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

    /// Writes `rows` (the first one is the file's first row) as `format` ("csv": semicolons,
    /// UTF-8; "xlsx": cells that are QVariant numbers stay numbers) and returns the path.
    QString writeFile(const QString &format, const QList<QVariantList> &rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("kantor.") + format);
        if (format == QLatin1String("xlsx")) {
            QStringList first; // XlsxWriter writes as many columns as its first row has
            for (const QVariant &cell : rows.value(0))
                first << cell.toString();
            for (const QVariantList &row : rows)
                while (first.size() < row.size())
                    first << QString();
            if (!XlsxWriter::write(path, first, rows.mid(1), {}).ok())
                qFatal("cannot write the workbook");
            return path;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the CSV");
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &cell : row) {
                QString text = cell.toString();
                if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\n')) ||
                    text.contains(QLatin1Char('"')))
                    text = QLatin1Char('"') +
                           text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"');
                cells << text;
            }
            file.write(cells.join(QLatin1Char(';')).toUtf8() + "\r\n");
        }
        return path;
    }

    /// Reads `path` as the import command and the dialog do: the header found, `ignored`
    /// columns left out.
    Result<ImportReport> importFile(const QString &path, bool dryRun,
                                    const QStringList &ignored = {})
    {
        auto read = SpreadsheetReader::read(path);
        if (!read.ok())
            return read.error();
        SheetData sheet = *read;
        sheet.headerIndex = ColumnMapping::findHeaderRow(sheet);
        ColumnMapping mapping = ColumnMapping::fromHeader(sheet.header());
        for (const QString &name : ignored)
            if (!mapping.ignore(name))
                qFatal("no such column to ignore");
        ImportOptions options;
        options.dryRun = dryRun;
        options.sourceName = QFileInfo(path).fileName();
        return RegisterImport(m_s.db()).run(sheet, mapping, options);
    }

    static QList<QVariantList> officeSheet()
    {
        auto t = [](const char *text) { return QVariant(QString::fromUtf8(text)); };
        return {
            {t("INVENTARIS SERVER DISKOMINFO KABUPATEN CIREBON TAHUN 2025")},
            {t("Per 30 November 2025")},
            {},
            {t("No"), t("Nama Aplikasi"), t("OPD"), t("PIC"), t("NIP PIC"), t("Merk/Type"),
             t("Ruang Server"), t("Lokasi"), t("Daya"), t("IP Address"), t("Tgl Pemasangan")},
            {1, t("srv-simpeg"), t("Dinkes"), t("SUMARINAH, S.Kom"), t("19731008 199203 2 001"),
             t("Dell R650"), t("NOC Utama"), t("Rak R01 / U 5-6"), t("450 W"),
             t("103.20.30.2, 103.20.30.4"), t("2024-03-01")},
            {2, t("srv-dapodik"), t("Dinas Pendidikan"), t("Ahmad Fauzi"), t("196207181986031003"),
             t("HPE DL380"), t("NOC Utama"), t("R02, U 10"), t("0,45 kW"),
             t("103.20.30.5 / 103.20.30.6;103.20.30.7\n10.10.0.9"), t("2025-06-01")},
            {},
            {QVariant(), t("JUMLAH"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
             QVariant(), t("900")},
            {t("Keterangan:")},
            {t("1. Data dihimpun dari OPD")},
        };
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

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
    }

    // Issue 23 points 3, 4, 6, 7: an office's sheet with title rows, its own header names, a
    // combined location, values as typed, a unit by short code, totals and notes below.
    void anOfficeSheetImportsFieldByField_data() { formats_data(); }
    void anOfficeSheetImportsFieldByField()
    {
        QFETCH(QString, format);
        const QString path = writeFile(format, officeSheet());
        const int unitsBefore = unitCount();
        // WHEN checked (dry run) THEN the header is row 4, two assets, the totals and notes
        // are skipped and listed, the new unit is named, and nothing is written
        const ImportReport dry = must(importFile(path, true), "dry run");
        QVERIFY2(dry.problems.isEmpty(), qPrintable(dry.problems.value(0).message));
        QCOMPARE(dry.headerLine, 4);
        QCOMPARE(dry.rowCount, 2);
        QCOMPARE(dry.acceptedCount, 2);
        QCOMPARE(dry.skippedRows.size(), 3);
        // (the CSV's second asset takes two lines: its IP cell holds a line break)
        const int jumlah = format == QLatin1String("csv") ? 9 : 8;
        QCOMPARE(dry.skippedRows.at(0).line, jumlah);
        QVERIFY(dry.skippedRows.at(0).text.contains(QStringLiteral("JUMLAH")));
        QCOMPARE(dry.skippedRows.at(1).line, jumlah + 1);
        QCOMPARE(dry.skippedRows.at(1).text, QStringLiteral("Keterangan:"));
        QCOMPARE(dry.skippedRows.at(2).line, jumlah + 2);
        QCOMPARE(dry.newUnits, QStringList{QStringLiteral("Dinas Pendidikan")}); // not Dinkes
        QCOMPARE(dry.ignoredColumns, QStringList{QStringLiteral("No")});
        QVERIFY(!dry.written);
        QVERIFY(entries().isEmpty());
        QCOMPARE(unitCount(), unitsBefore);

        // WHEN imported THEN every field is where it belongs
        const ImportReport done = must(importFile(path, false), "import");
        QVERIFY(done.written);
        QCOMPARE(done.acceptedCount, 2);
        QCOMPARE(unitCount(), unitsBefore + 1);
        const RegisterEntry simpeg = entryOf(QStringLiteral("srv-simpeg"));
        QCOMPARE(simpeg.unitName, QStringLiteral("Dinas Kesehatan")); // "Dinkes"
        QCOMPARE(simpeg.asset.unitId, m_s.dc.unit.id);
        QCOMPARE(simpeg.officerName, QStringLiteral("SUMARINAH, S.Kom"));
        QCOMPARE(simpeg.officerNip, QStringLiteral("197310081992032001"));
        QCOMPARE(simpeg.placement.typeBrand, QStringLiteral("Dell R650"));
        QCOMPARE(simpeg.nocName, QStringLiteral("NOC Utama"));
        QCOMPARE(simpeg.rackName, QStringLiteral("R01"));
        QCOMPARE(simpeg.placement.firstU, 5);
        QCOMPARE(simpeg.placement.heightU, 2);
        QCOMPARE(simpeg.powerW, 450);
        QCOMPARE(simpeg.placement.ipAddresses,
                 (QStringList{QStringLiteral("103.20.30.2"), QStringLiteral("103.20.30.4")}));
        QCOMPARE(simpeg.asset.serviceType, ServiceType::Colocation);
        QCOMPARE(simpeg.asset.installedOn, QDate(2024, 3, 1));
        const RegisterEntry dapodik = entryOf(QStringLiteral("srv-dapodik"));
        QCOMPARE(dapodik.unitName, QStringLiteral("Dinas Pendidikan"));
        QCOMPARE(dapodik.officerNip, QStringLiteral("196207181986031003"));
        QCOMPARE(dapodik.placement.typeBrand, QStringLiteral("HPE DL380"));
        QCOMPARE(dapodik.rackName, QStringLiteral("R02"));
        QCOMPARE(dapodik.placement.firstU, 10);
        QCOMPARE(dapodik.placement.heightU, 1);
        QCOMPARE(dapodik.powerW, 450); // 0,45 kW
        QCOMPARE(dapodik.placement.ipAddresses,
                 (QStringList{QStringLiteral("103.20.30.5"), QStringLiteral("103.20.30.6"),
                              QStringLiteral("103.20.30.7"), QStringLiteral("10.10.0.9")}));
        QCOMPARE(dapodik.asset.installedOn, QDate(2025, 6, 1));
        QCOMPARE(entries().size(), 2); // the JUMLAH row is no asset
        QCOMPARE(importedInAuditLog(), 2);
    }

    // Point 1: a column that looks like a register field but is matched to none stops the
    // import until the admin leaves it out on purpose.
    void anUnmatchedRegisterLikeColumnStopsTheImport_data() { formats_data(); }
    void anUnmatchedRegisterLikeColumnStopsTheImport()
    {
        QFETCH(QString, format);
        QList<QVariantList> rows = officeSheet();
        rows[3][7] = QStringLiteral("Posisi Rack Server"); // no alias: rack and U would be lost
        const QString path = writeFile(format, rows);
        for (bool dryRun : {true, false}) {
            auto refused = importFile(path, dryRun);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("unmapped_column"));
            QCOMPARE(refused.error().message.count(QStringLiteral("Posisi Rack Server")), 1);
            QVERIFY(entries().isEmpty());
        }
        // WHEN the admin leaves it out THEN the rows are checked; with no rack known, a
        // co-located server is refused, never taken in as hosting
        const ImportReport left =
            must(importFile(path, false, {QStringLiteral("posisi rack server")}), "left out");
        QVERIFY(!left.written);
        QCOMPARE(left.badRowCount(), 2);
        QVERIFY(entries().isEmpty());
    }

    // Point 1: with no rack column at all, an empty service type is refused, not hosting.
    void aRowWithoutLocationColumnsIsNeverTakenAsHosting_data() { formats_data(); }
    void aRowWithoutLocationColumnsIsNeverTakenAsHosting()
    {
        QFETCH(QString, format);
        const QList<QVariantList> rows{
            {QStringLiteral("Nama Server"), QStringLiteral("Unit"), QStringLiteral("NOC"),
             QStringLiteral("Jenis Layanan"), QStringLiteral("Tanggal Pasang")},
            {QStringLiteral("srv-rak"), QStringLiteral("Dinkes"), QStringLiteral("NOC Utama"),
             QString(), QStringLiteral("2024-03-01")},
            {QStringLiteral("app-web"), QStringLiteral("Dinkes"), QStringLiteral("NOC Utama"),
             QStringLiteral("hosting"), QStringLiteral("2024-03-02")}};
        const QString path = writeFile(format, rows);
        const ImportReport dry = must(importFile(path, true), "dry run");
        QCOMPARE(dry.problems.size(), 1);
        QCOMPARE(dry.problems.first().line, 2);
        QCOMPARE(dry.problems.first().code, QStringLiteral("service_type_unknown"));
        QCOMPARE(dry.problems.first().column, QStringLiteral("Jenis Layanan"));
        const ImportReport real = must(importFile(path, false), "import");
        QVERIFY(!real.written);
        QVERIFY(entries().isEmpty());
        ImportOptions options;
        options.skipInvalid = true;
        options.sourceName = QStringLiteral("kantor");
        SheetData sheet = must(SpreadsheetReader::read(path), "read");
        QVERIFY(must(RegisterImport(m_s.db()).run(sheet, ColumnMapping::fromHeader(sheet.header()),
                                                  options),
                     "skip")
                    .written);
        QCOMPARE(entries().size(), 1);
        const RegisterEntry hosted = entryOf(QStringLiteral("app-web"));
        QCOMPARE(hosted.asset.serviceType, ServiceType::Hosting);
    }

    // Point 5: an 18-digit NIP the spreadsheet kept as a number is refused with the reason.
    void aNipStoredAsANumberIsRefusedWithTheTrueReason_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QVariant>("nip");
        QTest::newRow("xlsx number cell")
            << QStringLiteral("xlsx") << QVariant(197310081992032001.0);
        QTest::newRow("csv, Indonesian Excel")
            << QStringLiteral("csv") << QVariant(QStringLiteral("1,97312E+17"));
        QTest::newRow("csv, English Excel")
            << QStringLiteral("csv") << QVariant(QStringLiteral("1.97310081992032E+17"));
    }
    void aNipStoredAsANumberIsRefusedWithTheTrueReason()
    {
        QFETCH(QString, format);
        QFETCH(QVariant, nip);
        QList<QVariantList> rows = officeSheet();
        rows[4][4] = nip;
        const QString path = writeFile(format, rows);
        for (bool dryRun : {true, false}) {
            const ImportReport report = must(importFile(path, dryRun), "import");
            QCOMPARE(report.problems.size(), 1);
            const ImportProblem &problem = report.problems.first();
            QCOMPARE(problem.line, 5);
            QCOMPARE(problem.column, QStringLiteral("NIP PIC"));
            QCOMPARE(problem.code, QStringLiteral("nip_as_number"));
            QVERIFY2(problem.message.contains(QStringLiteral("Text")), qPrintable(problem.message));
            QVERIFY(!problem.message.contains(QStringLiteral("18 digits")));
            QVERIFY(!report.written);
        }
        QVERIFY(entries().isEmpty());
    }

    // Point 2, through the import: a PNS NIP with month 13 is not taken as a PPPK number.
    void aPnsNipWithMonth13IsNotImportedAsPppk_data() { formats_data(); }
    void aPnsNipWithMonth13IsNotImportedAsPppk()
    {
        QFETCH(QString, format);
        QList<QVariantList> rows = officeSheet();
        rows[5][4] = QStringLiteral("19620718 198613 1 003");
        const QString path = writeFile(format, rows);
        const ImportReport report = must(importFile(path, false), "import");
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().line, 6);
        QCOMPARE(report.problems.first().code, QStringLiteral("nip_appointment"));
        QVERIFY(report.problems.first().message.contains(QStringLiteral("2019")));
        QVERIFY(!report.written);
        QVERIFY(entries().isEmpty());
    }

    // Point 3: the header is looked for in the first 20 rows only, and can be named.
    void theHeaderIsLookedForInTheFirst20Rows()
    {
        QList<QVariantList> rows;
        for (int i = 1; i <= 21; ++i)
            rows << QVariantList{QStringLiteral("Catatan %1").arg(i)};
        rows += officeSheet().mid(3);
        SheetData sheet =
            must(SpreadsheetReader::read(writeFile(QStringLiteral("csv"), rows)), "read");
        QCOMPARE(ColumnMapping::findHeaderRow(sheet), 0); // row 22: too far down
        sheet.headerIndex = 21;                           // as the dialog's header-row choice does
        QCOMPARE(sheet.headerLine(), 22);
        ImportOptions options;
        options.dryRun = true;
        const ImportReport report = must(
            RegisterImport(m_s.db()).run(sheet, ColumnMapping::fromHeader(sheet.header()), options),
            "named header");
        QCOMPARE(report.headerLine, 22);
        QCOMPARE(report.acceptedCount, 2);
    }

    // Point 9: an empty workbook or file says it is empty; the missing column is named once.
    void emptyFilesSayEmptyAndMissingColumnsAreNamedOnce()
    {
        const QString workbook = m_dir.filePath(QStringLiteral("kosong.xlsx"));
        KOLOKASI_VERIFY_OK(XlsxWriter::write(workbook, {}, {}, {}));
        const QString zeroBytes = m_dir.filePath(QStringLiteral("nol.xlsx"));
        QFile zero(zeroBytes);
        QVERIFY(zero.open(QIODevice::WriteOnly));
        zero.close();
        for (const QString &path : {workbook, zeroBytes}) {
            auto refused = importFile(path, true);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("empty_file"));
        }
        const QString path = writeFile(
            QStringLiteral("csv"),
            {{QStringLiteral("Unit"), QStringLiteral("NOC"), QStringLiteral("Tanggal Pasang")},
             {QStringLiteral("Dinkes"), QStringLiteral("NOC Utama"),
              QStringLiteral("2024-01-01")}});
        auto missing = importFile(path, true);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("missing_column"));
        const QString label = RegisterFields::label(RegisterField::ServerName);
        QCOMPARE(missing.error().message.count(label), 1);
    }

    // Point 8: a CSV larger than the limit is refused with the limit named.
    void aCsvOverTheSizeLimitIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("besar.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nama Server;Unit;NOC;Tanggal Pasang\n");
        QVERIFY(file.resize(CsvReader::kMaxFileBytes + 1)); // sparse: no 50 MB written
        file.close();
        auto refused = SpreadsheetReader::read(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("file_too_large"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("50 MB")),
                 qPrintable(refused.error().message));
    }

    // Point 8: every bad row is still counted when there are many.
    void manyBadRowsAreAllCounted()
    {
        QList<QVariantList> rows{officeSheet().at(3)};
        for (int i = 0; i < 2000; ++i)
            rows << QVariantList{i + 1,
                                 QStringLiteral("srv-%1").arg(i),
                                 QStringLiteral("Dinkes"),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QStringLiteral("NOC Hilang"),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QStringLiteral("2024-01-01")};
        const ImportReport report =
            must(importFile(writeFile(QStringLiteral("csv"), rows), true), "dry run");
        QCOMPARE(report.rowCount, 2000);
        QCOMPARE(report.badRowCount(), 2000);
        QVERIFY(report.problems.size() >= 2000);
    }

    // Point 4: every alias of the one table, and the spellings offices use, name their field.
    void eachHeaderAliasNamesItsField_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        for (const auto &[alias, field] : RegisterFields::aliases())
            QTest::newRow(qPrintable(alias)) << alias << int(field);
        const QList<QPair<const char *, RegisterField>> office{
            {"Tgl Pemasangan", RegisterField::InstalledOn},
            {"Tgl. Pasang", RegisterField::InstalledOn},
            {"NIP PIC", RegisterField::OfficerNip},
            {"Merk/Type", RegisterField::TypeBrand},
            {"Merk / Tipe", RegisterField::TypeBrand},
            {"Lokasi Rak", RegisterField::Rack},
            {"Posisi U", RegisterField::FirstU},
            {"Nama Aplikasi", RegisterField::ServerName},
            {"IP Address", RegisterField::IpAddresses},
            {"Lokasi", RegisterField::Location},
            {"Ruang Server", RegisterField::Noc},
            {"OPD", RegisterField::Unit},
            {"Daya Listrik", RegisterField::PowerW}};
        for (const auto &[header, field] : office)
            QTest::newRow(header) << QString::fromUtf8(header) << int(field);
    }
    void eachHeaderAliasNamesItsField()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const auto named = RegisterFields::fromHeader(header);
        QVERIFY(named.has_value());
        QCOMPARE(int(*named), field);
        QVERIFY(RegisterFields::looksLikeField(header));
    }

    void headersThatAreNoFieldAreNotTakenForOne_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("fieldLike");
        QTest::newRow("No") << QStringLiteral("No") << false;
        QTest::newRow("Keterangan") << QStringLiteral("Keterangan") << false;
        QTest::newRow("Posisi Rack Server") << QStringLiteral("Posisi Rack Server") << true;
        QTest::newRow("Tgl Aktif") << QStringLiteral("Tgl Aktif") << true;
        QTest::newRow("NIP Atasan") << QStringLiteral("NIP Atasan") << true;
        QTest::newRow("Jumlah U") << QStringLiteral("Jumlah U") << true;
    }
    void headersThatAreNoFieldAreNotTakenForOne()
    {
        QFETCH(QString, header);
        QFETCH(bool, fieldLike);
        QCOMPARE(RegisterFields::looksLikeField(header), fieldLike);
    }

    // Point 6: power and addresses as people type them.
    void powerAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("watts");
        QTest::newRow("450") << QStringLiteral("450") << 450;
        QTest::newRow("450 W") << QStringLiteral("450 W") << 450;
        QTest::newRow("450W") << QStringLiteral("450W") << 450;
        QTest::newRow("0,45 kW") << QStringLiteral("0,45 kW") << 450;
        QTest::newRow("0.45 KW") << QStringLiteral("0.45 KW") << 450;
        QTest::newRow("1.200 W") << QStringLiteral("1.200 W") << 1200;
        QTest::newRow("1,5 kW") << QStringLiteral("1,5 kW") << 1500;
        QTest::newRow("300 watt") << QStringLiteral("300 watt") << 300;
        QTest::newRow("dua ratus") << QStringLiteral("dua ratus") << -1;
    }
    void powerAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, watts);
        QCOMPARE(RegisterImport::parsePower(text).value_or(-1), watts);
    }

    void addressesAsTyped()
    {
        const QStringList three{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                                QStringLiteral("10.0.0.3")};
        for (const QString &text : {QStringLiteral("10.0.0.1, 10.0.0.2, 10.0.0.3"),
                                    QStringLiteral("10.0.0.1 / 10.0.0.2 / 10.0.0.3"),
                                    QStringLiteral("10.0.0.1;10.0.0.2; 10.0.0.3"),
                                    QStringLiteral("10.0.0.1\n10.0.0.2\r\n10.0.0.3")})
            QCOMPARE(RegisterImport::splitAddresses(text), three);
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
