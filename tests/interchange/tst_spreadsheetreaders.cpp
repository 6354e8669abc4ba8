// Reading agencies' spreadsheets: CSV in each encoding and separator, .xlsx with shared and
// inline strings, numbers and dates, files that are not spreadsheets, and the header mapping.
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "interchange/ColumnMapping.h"
#include "interchange/CsvReader.h"
#include "interchange/SpreadsheetReader.h"
#include "interchange/XlsxReader.h"
#include "interchange/XlsxWriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestSpreadsheetReaders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the fixture");
        return path;
    }

    SheetData readOk(const QString &path, const QString &sheet = {})
    {
        auto read = SpreadsheetReader::read(path, sheet);
        if (!read.ok())
            qWarning("%s", qPrintable(read.error().message));
        return read.ok() ? *read : SheetData{};
    }

    void verifyRefused(const QString &path, const char *code, const QString &sheet = {})
    {
        auto read = SpreadsheetReader::read(path, sheet);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QString::fromLatin1(code));
        QVERIFY(read.error().message.contains(QFileInfo(path).fileName()));
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void csvEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("Unit;Catatan\r\nDinas Pekerjaan Umum;Ruang é “A”\r\n");
        QTest::newRow("utf-8") << text.toUtf8();
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
        // Windows-1252: é is E9, the curly quotes 93 and 94.
        QTest::newRow("windows-1252")
            << QByteArray("Unit;Catatan\r\nDinas Pekerjaan Umum;Ruang \xE9 \x93"
                          "A\x94\r\n");
    }

    void csvEncodings()
    {
        QFETCH(QByteArray, bytes);
        const SheetData sheet = readOk(save(QStringLiteral("enc.csv"), bytes));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.header(), (QStringList{QStringLiteral("Unit"), QStringLiteral("Catatan")}));
        QCOMPARE(sheet.rows.at(1).cells.at(1), QStringLiteral("Ruang é “A”"));
    }

    void csvSeparators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("comma") << QByteArray(
            "Nama Server,Daya (W),Catatan\nsrv-a,300,\"rak 1, baris 2\"\n");
        QTest::newRow("semicolon")
            << QByteArray("Nama Server;Daya (W);Catatan\nsrv-a;300;rak 1, baris 2\n");
        QTest::newRow("tab") << QByteArray(
            "Nama Server\tDaya (W)\tCatatan\nsrv-a\t300\trak 1, baris 2\n");
    }

    void csvSeparators()
    {
        QFETCH(QByteArray, bytes);
        const SheetData sheet = readOk(save(QStringLiteral("sep.csv"), bytes));
        QCOMPARE(sheet.rows.size(), 2);
        QCOMPARE(sheet.rows.at(1).cells,
                 (QStringList{QStringLiteral("srv-a"), QStringLiteral("300"),
                              QStringLiteral("rak 1, baris 2")}));
    }

    void csvQuotedFieldsKeepLineBreaksAndTheLineNumbersStayTrue()
    {
        const QByteArray bytes("Nama Server;Catatan\r\n"
                               "srv-a;\"baris satu\r\nbaris \"\"dua\"\"\"\r\n"
                               "\r\n"
                               "srv-b;biasa\r\n");
        const SheetData sheet = readOk(save(QStringLiteral("quoted.csv"), bytes));
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows.at(1).line, 2);
        QCOMPARE(sheet.rows.at(1).cells.at(1), QStringLiteral("baris satu\r\nbaris \"dua\""));
        QCOMPARE(sheet.rows.at(2).line, 5); // the blank line 4 is left out, the count goes on
        QCOMPARE(sheet.rows.at(2).cells.at(0), QStringLiteral("srv-b"));
    }

    void csvWithAnUnclosedQuoteIsRefusedWithItsLine()
    {
        auto read = SpreadsheetReader::read(
            save(QStringLiteral("open.csv"), "A;B\nx;\"never closed\ny;z\n"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("unclosed_quote"));
        QVERIFY(read.error().message.contains(QStringLiteral("2")));
    }

    void aFileThatIsNotASpreadsheetIsRefused()
    {
        QByteArray binary(512, '\0');
        binary[0] = '\x7F';
        binary[1] = 'E';
        verifyRefused(save(QStringLiteral("program.csv"), binary), "not_a_spreadsheet");
        verifyRefused(save(QStringLiteral("old.xls"),
                           QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + binary),
                      "not_a_spreadsheet");
        verifyRefused(save(QStringLiteral("fake.xlsx"), "Nama Server;Unit\n"), "not_a_spreadsheet");
        verifyRefused(save(QStringLiteral("broken.xlsx"), QByteArray("PK\x03\x04") + binary),
                      "not_a_spreadsheet");
        verifyRefused(m_dir.filePath(QStringLiteral("missing.csv")), "unreadable_file");
    }

    void emptyAndHeaderOnlyFilesReadAsSuch()
    {
        QVERIFY(readOk(save(QStringLiteral("empty.csv"), {})).isEmpty());
        QVERIFY(readOk(save(QStringLiteral("bom-only.csv"), "\xEF\xBB\xBF")).isEmpty());
        const SheetData headerOnly =
            readOk(save(QStringLiteral("header.csv"), "Nama Server;Unit\r\n"));
        QCOMPARE(headerOnly.rows.size(), 1);
    }

    void aTenMegabyteCsvIsReadWhole()
    {
        // GIVEN a 10 MB register generated here
        QByteArray bytes = "No. Register;Nama Server;Unit;Domain;Catatan\r\n";
        int rows = 0;
        while (bytes.size() < 10 * 1024 * 1024) {
            ++rows;
            bytes += QStringLiteral("AST-%1;srv-%1;Dinas %2;app%1.cirebonkab.go.id;\"catatan "
                                    "panjang, baris %1\r\nlanjut\"\r\n")
                         .arg(rows)
                         .arg(rows % 40)
                         .toUtf8();
        }
        // WHEN it is read THEN every row is there, the last one intact
        const SheetData sheet = readOk(save(QStringLiteral("big.csv"), bytes));
        QCOMPARE(sheet.rows.size(), rows + 1);
        QCOMPARE(sheet.rows.last().cells.at(1), QStringLiteral("srv-%1").arg(rows));
        QCOMPARE(sheet.rows.last().line, 2 * rows);
    }

    void xlsxWithSharedAndInlineStringsNumbersAndDates_data()
    {
        QTest::addColumn<bool>("inlineStrings");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }

    void xlsxWithSharedAndInlineStringsNumbersAndDates()
    {
        QFETCH(bool, inlineStrings);
        const QString path = m_dir.filePath(QStringLiteral("register.xlsx"));
        XlsxWriter::Options options;
        options.sheetName = QStringLiteral("Aset");
        options.inlineStrings = inlineStrings;
        KOLOKASI_VERIFY_OK(
            XlsxWriter::write(path,
                              {QStringLiteral("Nama Server"), QStringLiteral("Daya (W)"),
                               QStringLiteral("Tanggal Pasang")},
                              {{QStringLiteral("srv-é"), 350, QDate(2024, 3, 1)},
                               {QStringLiteral("srv-b"), 1.5, QString()}},
                              options));
        const SheetData sheet = readOk(path, QStringLiteral("Aset"));
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows.at(1).line, 2);
        QCOMPARE(sheet.rows.at(1).cells,
                 (QStringList{QStringLiteral("srv-é"), QStringLiteral("350"),
                              QStringLiteral("2024-03-01")}));
        QCOMPARE(sheet.rows.at(2).cells.at(1), QStringLiteral("1.5"));
        QCOMPARE(readOk(path).rows.size(), 3); // the first sheet without a name
        verifyRefused(path, "unknown_sheet", QStringLiteral("Tidak Ada"));
        // the import's sheet chooser lists the workbook's sheets
        const auto names = XlsxReader::sheetNames(path);
        KOLOKASI_VERIFY_OK(names);
        QCOMPARE(*names, QStringList{QStringLiteral("Aset")});
        QCOMPARE(XlsxReader::sheetNames(m_dir.filePath(QStringLiteral("none.xlsx"))).error().code,
                 QStringLiteral("not_a_spreadsheet"));
    }

    void excelSerialDays()
    {
        QCOMPARE(XlsxReader::dateFromSerial(45352), QDate(2024, 3, 1));
        QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
        QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1));
        QVERIFY(XlsxReader::isDateFormat(14, {}));
        QVERIFY(XlsxReader::isDateFormat(164, QStringLiteral("dd/mm/yyyy")));
        QVERIFY(!XlsxReader::isDateFormat(164, QStringLiteral("#,##0.00")));
        QVERIFY(!XlsxReader::isDateFormat(165, QStringLiteral("0 \"day\"")));
    }

    void headersMatchFieldsInIndonesianOrEnglish()
    {
        const ColumnMapping mapping = ColumnMapping::fromHeader(
            {QStringLiteral("  NAMA  server "), QStringLiteral("OPD"),
             QStringLiteral("Serial Number"), QStringLiteral("ip_address"),
             QStringLiteral("Installation date"), QStringLiteral("Ruang"),
             QStringLiteral("Keterangan")});
        QCOMPARE(mapping.column(RegisterField::ServerName), 0);
        QCOMPARE(mapping.column(RegisterField::Unit), 1);
        QCOMPARE(mapping.column(RegisterField::SerialNumber), 2);
        QCOMPARE(mapping.column(RegisterField::IpAddresses), 3);
        QCOMPARE(mapping.column(RegisterField::InstalledOn), 4);
        QCOMPARE(mapping.column(RegisterField::Noc), 5);
        QCOMPARE(mapping.column(RegisterField::Domain), -1);
        QCOMPARE(mapping.unusedColumns(), QStringList{QStringLiteral("Keterangan")});
        KOLOKASI_VERIFY_OK(mapping.checkComplete());
    }

    void theCallerCanChangeTheMapping()
    {
        ColumnMapping mapping = ColumnMapping::fromHeader(
            {QStringLiteral("Nama Server"), QStringLiteral("Keterangan"), QStringLiteral("Ruang")});
        const Status incomplete = mapping.checkComplete();
        QVERIFY(!incomplete.ok());
        QCOMPARE(incomplete.error().code, QStringLiteral("missing_column"));
        QVERIFY(incomplete.error().message.contains(RegisterFields::label(RegisterField::Unit)));
        mapping.assign(RegisterField::Unit, 1);
        QCOMPARE(mapping.column(RegisterField::Unit), 1);
        QCOMPARE(mapping.columnName(RegisterField::Unit), QStringLiteral("Keterangan"));
        mapping.assign(RegisterField::Rack, 2); // takes column 2 away from the NOC
        QCOMPARE(mapping.column(RegisterField::Noc), -1);
        mapping.assign(RegisterField::Rack, -1);
        QCOMPARE(mapping.column(RegisterField::Rack), -1);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetReaders)
#include "tst_spreadsheetreaders.moc"
