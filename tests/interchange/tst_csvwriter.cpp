// The CSV the register export writes: BOM, separator, quoting, and no cell a spreadsheet
// program would run as a formula (CSV injection).
#include "TestEnvironment.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"

#include <QtTest>

using namespace kolokasi;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void neutralizesCellsThatWouldRunAsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")")
                           << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("+") << QStringLiteral("+62 231 123") << QStringLiteral("'+62 231 123");
        QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("plain") << QStringLiteral("srv-simpeg") << QStringLiteral("srv-simpeg");
        QTest::newRow("inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void neutralizesCellsThatWouldRunAsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(cell, QLatin1Char(';')), written);
    }

    void writesABomSemicolonsAndReadsBack()
    {
        const QByteArray bytes =
            CsvWriter::write({QStringLiteral("Nama"), QStringLiteral("Catatan")},
                             {{QStringLiteral("srv;a"), QStringLiteral("=1+1")}});
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Nama;Catatan\r\n"));
        const auto sheet = CsvReader::read(bytes, QStringLiteral("x.csv"));
        QVERIFY(sheet.ok());
        QCOMPARE(sheet->rows.at(1).cells,
                 (QStringList{QStringLiteral("srv;a"), QStringLiteral("'=1+1")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
