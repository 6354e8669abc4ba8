#include "TestEnvironment.h"
#include "text/IndonesianText.h"

#include <QtTest>

using namespace kolokasi;

class TestIndonesianText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void numbersInWords_data()
    {
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("words");
        const auto row = [](qint64 n, const char *words) {
            QTest::addRow("%lld", n) << n << QString::fromLatin1(words);
        };
        row(0, "nol");
        row(1, "satu");
        row(9, "sembilan");
        row(10, "sepuluh");
        row(11, "sebelas");
        row(12, "dua belas");
        row(19, "sembilan belas");
        row(20, "dua puluh");
        row(25, "dua puluh lima");
        row(31, "tiga puluh satu");
        row(99, "sembilan puluh sembilan");
        row(100, "seratus");
        row(101, "seratus satu");
        row(111, "seratus sebelas");
        row(115, "seratus lima belas");
        row(200, "dua ratus");
        row(999, "sembilan ratus sembilan puluh sembilan");
        row(1000, "seribu");
        row(1001, "seribu satu");
        row(1100, "seribu seratus");
        row(1986, "seribu sembilan ratus delapan puluh enam");
        row(2000, "dua ribu");
        row(2026, "dua ribu dua puluh enam");
        row(11000, "sebelas ribu");
        row(100000, "seratus ribu");
        row(101000, "seratus satu ribu");
        row(1000000, "satu juta");
        row(2500000, "dua juta lima ratus ribu");
        row(1000000000, "satu miliar");
        row(-5, "minus lima");
    }

    void numbersInWords()
    {
        QFETCH(qint64, number);
        QFETCH(QString, words);
        QCOMPARE(IndonesianText::numberInWords(number), words);
    }

    void datesAsLettersWriteThem()
    {
        const QDate day(2026, 11, 25);
        QCOMPARE(IndonesianText::date(day), QStringLiteral("25 November 2026"));
        QCOMPARE(IndonesianText::placeAndDate(QStringLiteral("Sumber"), day), QStringLiteral("Sumber, 25 November 2026"));
        QCOMPARE(IndonesianText::dayName(day), QStringLiteral("Rabu"));
        QCOMPARE(IndonesianText::date(QDate(2021, 9, 22)), QStringLiteral("22 September 2021"));
        QCOMPARE(IndonesianText::date(QDate()), QString());
    }

    void everyMonthAndDayHasItsName()
    {
        QCOMPARE(IndonesianText::monthName(1), QStringLiteral("Januari"));
        QCOMPARE(IndonesianText::monthName(8), QStringLiteral("Agustus"));
        QCOMPARE(IndonesianText::monthName(12), QStringLiteral("Desember"));
        QCOMPARE(IndonesianText::monthName(13), QString());
        QCOMPARE(IndonesianText::dayName(QDate(2026, 11, 23)), QStringLiteral("Senin"));
        QCOMPARE(IndonesianText::dayName(QDate(2026, 11, 27)), QStringLiteral("Jumat"));
        QCOMPARE(IndonesianText::dayName(QDate(2026, 11, 29)), QStringLiteral("Minggu"));
    }

    void theHandoverDateInWords()
    {
        QCOMPARE(IndonesianText::handoverDateInWords(QDate(2026, 11, 25)),
                 QStringLiteral("Rabu tanggal dua puluh lima bulan November tahun dua ribu dua puluh enam"));
        QCOMPARE(IndonesianText::handoverDateInWords(QDate(2021, 9, 11)),
                 QStringLiteral("Sabtu tanggal sebelas bulan September tahun dua ribu dua puluh satu"));
        QCOMPARE(IndonesianText::handoverDateInWords(QDate(2030, 1, 1)),
                 QStringLiteral("Selasa tanggal satu bulan Januari tahun dua ribu tiga puluh"));
    }
};

QTEST_GUILESS_MAIN(TestIndonesianText)
#include "tst_indonesiantext.moc"
