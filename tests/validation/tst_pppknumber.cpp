#include "TestEnvironment.h"
#include "validation/Nip.h"
#include "validation/PppkNumber.h"

#include <QtTest>

using namespace kolokasi;

class TestPppkNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void acceptsContractEmployeeNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("grouped");
        // Digits 13-14 are a code such as 21, which a NIP would refuse as a month.
        QTest::newRow("code 21, plain")
            << QStringLiteral("199203152021212001") << QStringLiteral("19920315 202121 2 001");
        QTest::newRow("code 21, grouped")
            << QStringLiteral("19920315 202121 2 001") << QStringLiteral("19920315 202121 2 001");
        QTest::newRow("code 00") << QStringLiteral("198811022022001014")
                                 << QStringLiteral("19881102 202200 1 014");
        QTest::newRow("code 99") << QStringLiteral("198811022023991014")
                                 << QStringLiteral("19881102 202399 1 014");
        QTest::newRow("code 05") << QStringLiteral("198811022023051014")
                                 << QStringLiteral("19881102 202305 1 014");
    }

    void acceptsContractEmployeeNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, grouped);
        QVERIFY(PppkNumber::validate(input).ok());
        // Printed grouped exactly as a NIP is.
        QCOMPARE(Nip::formatted(input), grouped);
    }

    void namesTheWrongPart_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty") << QString() << QStringLiteral("required") << QStringLiteral("PPPK");
        QTest::newRow("17 digits") << QStringLiteral("19920315202121200")
                                   << QStringLiteral("pppk_length") << QStringLiteral("17");
        QTest::newRow("letters") << QStringLiteral("19920315202121200X")
                                 << QStringLiteral("pppk_length") << QStringLiteral("18 digits");
        QTest::newRow("30 February")
            << QStringLiteral("199202302021212001") << QStringLiteral("pppk_birth_date")
            << QStringLiteral("19920230");
        QTest::newRow("appointed at 10")
            << QStringLiteral("199203152002212001") << QStringLiteral("pppk_appointment")
            << QStringLiteral("2002");
        QTest::newRow("gender digit 3") << QStringLiteral("199203152021213001")
                                        << QStringLiteral("pppk_gender") << QStringLiteral("3");
        QTest::newRow("serial 000") << QStringLiteral("199203152021212000")
                                    << QStringLiteral("pppk_serial") << QStringLiteral("000");
    }

    void namesTheWrongPart()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, named);
        const Status refused = PppkNumber::validate(input, QStringLiteral("officer_nip"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(refused.error().field, QStringLiteral("officer_nip"));
        QVERIFY2(refused.error().message.contains(named), qPrintable(refused.error().message));
    }

    void aNipWithAMonthIsAlsoAPossiblePppkNumber()
    {
        // The rules differ only in digits 13-14 (a NIP's month is one code among the hundred)
        // and in the year: PPPK numbers begin with the first intake, 2019.
        QVERIFY(PppkNumber::validate(QStringLiteral("199203152021031003")).ok());
        QVERIFY(!Nip::validate(QStringLiteral("199203152021212001")).ok());
    }

    void anAppointmentBeforeTheFirstIntakeIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1986, a NIP's year") << QStringLiteral("196207181986031003") << false;
        QTest::newRow("2018") << QStringLiteral("199203152018212001") << false;
        QTest::newRow("2019, the first intake") << QStringLiteral("199203152019212001") << true;
        QTest::newRow("2024") << QStringLiteral("199203152024012001") << true;
    }

    void anAppointmentBeforeTheFirstIntakeIsRefused()
    {
        QFETCH(QString, input);
        QFETCH(bool, accepted);
        const Status checked = PppkNumber::validate(input);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QCOMPARE(checked.error().code, QStringLiteral("pppk_appointment"));
            QVERIFY2(checked.error().message.contains(QStringLiteral("2019")),
                     qPrintable(checked.error().message));
            QVERIFY(checked.error().message.contains(input.mid(8, 4)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPppkNumber)
#include "tst_pppknumber.moc"
