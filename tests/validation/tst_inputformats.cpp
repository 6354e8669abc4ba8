// Domain names, telephone numbers and dates as the forms accept them.
#include "TestEnvironment.h"
#include "validation/DateInput.h"
#include "validation/DomainName.h"
#include "validation/PhoneNumber.h"

#include <QtTest>

using namespace kolokasi;

class TestInputFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void domainNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sop example") << QStringLiteral("simpeg.cirebonkab.go.id") << true;
        QTest::newRow("upper case") << QStringLiteral("SIMPEG.CirebonKab.go.id") << true;
        QTest::newRow("trailing dot") << QStringLiteral("diskominfo.cirebonkab.go.id.") << true;
        QTest::newRow("with scheme") << QStringLiteral("https://ppid.cirebonkab.go.id/") << true;
        QTest::newRow("hyphen") << QStringLiteral("e-office.cirebonkab.go.id") << true;
        QTest::newRow("single label") << QStringLiteral("localhost") << false;
        QTest::newRow("space") << QStringLiteral("sim peg.go.id") << false;
        QTest::newRow("underscore") << QStringLiteral("sim_peg.go.id") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-simpeg.go.id") << false;
        QTest::newRow("empty label") << QStringLiteral("simpeg..go.id") << false;
        QTest::newRow("numeric tld") << QStringLiteral("10.20.30.40") << false;
        QTest::newRow("label too long") << QString(QStringLiteral("a").repeated(64) + QStringLiteral(".go.id")) << false;
    }

    void domainNames()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const Status result = DomainName::validate(input);
        QCOMPARE(result.ok(), valid);
        if (!valid)
            QCOMPARE(result.error().field, QStringLiteral("domain"));
    }

    void domainNamesAreNormalized()
    {
        QCOMPARE(DomainName::normalized(QStringLiteral(" https://SIMPEG.cirebonkab.go.id./ ")),
                 QStringLiteral("simpeg.cirebonkab.go.id"));
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("office line from the SOP") << QStringLiteral("(0231) 8330580") << QStringLiteral("02318330580");
        QTest::newRow("office line with dash") << QStringLiteral("0231-8330580") << QStringLiteral("02318330580");
        QTest::newRow("extension") << QStringLiteral("(0231) 8330580 ext. 12") << QStringLiteral("02318330580");
        QTest::newRow("jakarta") << QStringLiteral("021 3456789") << QStringLiteral("0213456789");
        QTest::newRow("mobile") << QStringLiteral("0812 3456 7890") << QStringLiteral("081234567890");
        QTest::newRow("mobile international") << QStringLiteral("+62 812-3456-7890") << QStringLiteral("081234567890");
        QTest::newRow("mobile 62") << QStringLiteral("6281234567890") << QStringLiteral("081234567890");
        QTest::newRow("too short") << QStringLiteral("0812 345") << QString();
        QTest::newRow("letters") << QStringLiteral("0812-CALL-ME") << QString();
        QTest::newRow("no leading zero") << QStringLiteral("8330580") << QString();
        QTest::newRow("foreign") << QStringLiteral("+1 415 555 0100") << QString();
    }

    void phoneNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        const Status result = PhoneNumber::validate(input, QStringLiteral("contact_phone"));
        QCOMPARE(result.ok(), !normalized.isEmpty());
        if (result.ok())
            QCOMPARE(PhoneNumber::normalized(input), normalized);
        else
            QCOMPARE(result.error().field, QStringLiteral("contact_phone"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("date"); // invalid: refused
        QTest::newRow("iso") << QStringLiteral("2026-11-25") << QDate(2026, 11, 25);
        QTest::newRow("dashes") << QStringLiteral("25-11-2026") << QDate(2026, 11, 25);
        QTest::newRow("slashes") << QStringLiteral("5/1/2027") << QDate(2027, 1, 5);
        QTest::newRow("leap day") << QStringLiteral("29-02-2028") << QDate(2028, 2, 29);
        QTest::newRow("no leap day") << QStringLiteral("29-02-2026") << QDate();
        QTest::newRow("31 April") << QStringLiteral("31-04-2026") << QDate();
        QTest::newRow("words") << QStringLiteral("besok") << QDate();
        QTest::newRow("empty") << QStringLiteral(" ") << QDate();
    }

    void dates()
    {
        QFETCH(QString, input);
        QFETCH(QDate, date);
        const Result<QDate> result = DateInput::parse(input, QStringLiteral("valid_until"));
        QCOMPARE(result.ok(), date.isValid());
        if (result.ok())
            QCOMPARE(*result, date);
        else
            QCOMPARE(result.error().field, QStringLiteral("valid_until"));
    }
};

QTEST_GUILESS_MAIN(TestInputFormats)
#include "tst_inputformats.moc"
