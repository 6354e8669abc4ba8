#include "TestEnvironment.h"
#include "validation/EmployeeNumber.h"
#include "validation/Nip.h"

#include <QtTest>

using namespace kolokasi;

namespace {
const QString kNip = QStringLiteral("196207181986031003");
const QString kPppk = QStringLiteral("199203152021212001");
} // namespace

class TestEmployeeNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void eachKindByItsOwnRule()
    {
        QVERIFY(EmployeeNumber::validate(kNip, EmployeeKind::Pns).ok());
        QVERIFY(EmployeeNumber::validate(kPppk, EmployeeKind::Pppk).ok());

        const Status pppkAsNip =
            EmployeeNumber::validate(kPppk, EmployeeKind::Pns, QStringLiteral("f"));
        QVERIFY(!pppkAsNip.ok());
        QCOMPARE(pppkAsNip.error().code, QStringLiteral("nip_appointment"));
        QCOMPARE(pppkAsNip.error().field, QStringLiteral("f"));

        const Status badGender =
            EmployeeNumber::validate(QStringLiteral("199203152021215001"), EmployeeKind::Pppk);
        QCOMPARE(badGender.error().code, QStringLiteral("pppk_gender"));
    }

    void guessesTheKindOfAnUntypedNumber()
    {
        QCOMPARE(EmployeeNumber::kindOf(kNip), EmployeeKind::Pns);
        QCOMPARE(EmployeeNumber::kindOf(kPppk), EmployeeKind::Pppk);
        QVERIFY(!EmployeeNumber::kindOf(QStringLiteral("123")).has_value());
    }

    void eitherKindExplainsByTheNearerRule_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("NIP") << kNip << QString();
        QTest::newRow("PPPK") << kPppk << QString();
        QTest::newRow("short") << QStringLiteral("1962") << QStringLiteral("nip_length");
        QTest::newRow("birth date")
            << QStringLiteral("196202311986031003") << QStringLiteral("nip_birth_date");
        QTest::newRow("PPPK shape, bad gender")
            << QStringLiteral("199203152021217001") << QStringLiteral("pppk_gender");
        QTest::newRow("PNS NIP with month 13")
            << QStringLiteral("196207181986131003") << QStringLiteral("nip_appointment");
    }

    void eitherKindExplainsByTheNearerRule()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Status checked = EmployeeNumber::validateEitherKind(input);
        QCOMPARE(checked.ok(), code.isEmpty());
        if (!checked.ok())
            QCOMPARE(checked.error().code, code);
    }

    void aPnsNipWithMonth13IsNoPppkNumber()
    {
        // GIVEN a PNS NIP mistyped with month 13 (appointed 1986, before the first PPPK intake)
        const QString mistyped = QStringLiteral("196207181986131003");
        // WHEN it is checked without its kind THEN it is refused with the NIP's rule named
        const Status checked = EmployeeNumber::validateEitherKind(mistyped, QStringLiteral("x"));
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("nip_appointment"));
        QCOMPARE(checked.error().field, QStringLiteral("x"));
        // the NIP's own reason (Nip::validate) comes first, then why it is no PPPK number
        const QString nipReason = Nip::validate(mistyped).error().message;
        QVERIFY2(checked.error().message.startsWith(nipReason),
                 qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(QStringLiteral("2019")));
        QVERIFY(!EmployeeNumber::kindOf(mistyped).has_value());
    }

    void kindsAreStoredByName()
    {
        QCOMPARE(toStorage(EmployeeKind::Pppk), QStringLiteral("pppk"));
        EmployeeKind kind = EmployeeKind::Pppk;
        QVERIFY(fromStorage(QStringLiteral("pns"), &kind));
        QCOMPARE(kind, EmployeeKind::Pns);
        QVERIFY(!fromStorage(QStringLiteral("honorer"), &kind));
    }
};

QTEST_GUILESS_MAIN(TestEmployeeNumber)
#include "tst_employeenumber.moc"
