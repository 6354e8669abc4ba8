#include "TestEnvironment.h"
#include "validation/Nip.h"

#include <QtTest>

using namespace kolokasi;

class TestNip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void acceptsTheSopExamples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("Cirebon, plain") << QStringLiteral("196207181986031003") << QStringLiteral("19620718 198603 1 003");
        QTest::newRow("Cirebon, grouped") << QStringLiteral("19620718 198603 1 003") << QStringLiteral("19620718 198603 1 003");
        QTest::newRow("Temanggung") << QStringLiteral("197310081992032001") << QStringLiteral("19731008 199203 2 001");
        QTest::newRow("spaces around") << QStringLiteral("  19731008 199203 2 001 ") << QStringLiteral("19731008 199203 2 001");
    }

    void acceptsTheSopExamples()
    {
        QFETCH(QString, input);
        QFETCH(QString, grouped);
        QVERIFY(Nip::validate(input).ok());
        QCOMPARE(Nip::formatted(input), grouped);
        QCOMPARE(Nip::normalized(input).size(), 18);
    }

    void refusesImpossibleNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("17 digits") << QStringLiteral("19620718198603100") << QStringLiteral("nip_length");
        QTest::newRow("19 digits") << QStringLiteral("1962071819860310031") << QStringLiteral("nip_length");
        QTest::newRow("letters") << QStringLiteral("19620718198603100A") << QStringLiteral("nip_length");
        QTest::newRow("31 February") << QStringLiteral("196202311986031003") << QStringLiteral("nip_birth_date");
        QTest::newRow("month 13") << QStringLiteral("196213011986031003") << QStringLiteral("nip_birth_date");
        QTest::newRow("appointment month 00") << QStringLiteral("196207181986001003") << QStringLiteral("nip_appointment");
        QTest::newRow("appointed before birth") << QStringLiteral("196207181950031003") << QStringLiteral("nip_appointment");
        QTest::newRow("gender digit 3") << QStringLiteral("196207181986033003") << QStringLiteral("nip_gender");
        QTest::newRow("gender digit 0") << QStringLiteral("196207181986030003") << QStringLiteral("nip_gender");
        QTest::newRow("serial 000") << QStringLiteral("196207181986031000") << QStringLiteral("nip_serial");
    }

    void refusesImpossibleNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Status refused = Nip::validate(input, QStringLiteral("officer_nip"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(refused.error().field, QStringLiteral("officer_nip"));
        QVERIFY(!refused.error().message.isEmpty());
    }

    void namesThePartThatIsWrong_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("named");
        // A PPPK number typed as a NIP: its digits 13-14 are no month.
        QTest::newRow("appointment month 21") << QStringLiteral("199811022024211017")
                                              << QStringLiteral("\"21\" is not a month");
        QTest::newRow("appointment month 00") << QStringLiteral("196207181986001003")
                                              << QStringLiteral("\"00\" is not a month");
        QTest::newRow("appointed at 8") << QStringLiteral("196207181970031003")
                                        << QStringLiteral("1970 is less than 15 years after the birth year 1962");
        QTest::newRow("birth month 13") << QStringLiteral("196213011986031003")
                                        << QStringLiteral("the month \"13\" is not a month");
        QTest::newRow("31 February") << QStringLiteral("196202311986031003")
                                     << QStringLiteral("day 31 does not exist");
    }

    void namesThePartThatIsWrong()
    {
        QFETCH(QString, input);
        QFETCH(QString, named);
        const Status refused = Nip::validate(input);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("15 years"))
                || named.contains(QStringLiteral("15 years")));
    }

    void leavesWhatIsNotANipAsTyped()
    {
        QCOMPARE(Nip::formatted(QStringLiteral("123")), QStringLiteral("123"));
    }
};

QTEST_GUILESS_MAIN(TestNip)
#include "tst_nip.moc"
