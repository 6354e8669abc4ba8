#include "TestEnvironment.h"
#include "validation/EmployeeNumber.h"

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
