#include "TestEnvironment.h"
#include "validation/IpAddress.h"

#include <QtTest>

using namespace kolokasi;

class TestIpAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareTestEnvironment(); }

    void parsesAndWritesAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("v4") << QStringLiteral("103.10.20.5") << QStringLiteral("103.10.20.5");
        QTest::newRow("v4 spaces") << QStringLiteral(" 10.0.0.1 ") << QStringLiteral("10.0.0.1");
        QTest::newRow("v4 octet 256") << QStringLiteral("103.10.20.256") << QString();
        QTest::newRow("v4 three parts") << QStringLiteral("103.10.20") << QString();
        QTest::newRow("v4 leading zero") << QStringLiteral("103.010.20.5") << QString();
        QTest::newRow("v4 letters") << QStringLiteral("103.10.x.5") << QString();
        QTest::newRow("v6 full") << QStringLiteral("2001:0db8:0000:0000:0000:0000:0000:0005") << QStringLiteral("2001:db8::5");
        QTest::newRow("v6 short") << QStringLiteral("2001:DB8::5") << QStringLiteral("2001:db8::5");
        QTest::newRow("v6 any") << QStringLiteral("::") << QStringLiteral("::");
        QTest::newRow("v6 loopback") << QStringLiteral("::1") << QStringLiteral("::1");
        QTest::newRow("v6 trailing") << QStringLiteral("fe80::") << QStringLiteral("fe80::");
        QTest::newRow("v6 v4 tail") << QStringLiteral("::ffff:103.10.20.5") << QStringLiteral("::ffff:670a:1405");
        QTest::newRow("v6 two gaps") << QStringLiteral("2001::db8::5") << QString();
        QTest::newRow("v6 too many") << QStringLiteral("1:2:3:4:5:6:7:8:9") << QString();
        QTest::newRow("v6 big group") << QStringLiteral("2001:db8::12345") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void parsesAndWritesAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const auto address = IpAddress::parse(input);
        QCOMPARE(address.has_value(), !canonical.isEmpty());
        QCOMPARE(IpAddress::validate(input).ok(), !canonical.isEmpty());
        if (address)
            QCOMPARE(address->toString(), canonical);
    }

    void networksContainTheirAddresses()
    {
        const auto pool = IpNetwork::parse(QStringLiteral("103.10.20.0/24"));
        QVERIFY(pool);
        QVERIFY(pool->contains(*IpAddress::parse(QStringLiteral("103.10.20.1"))));
        QVERIFY(pool->contains(*IpAddress::parse(QStringLiteral("103.10.20.254"))));
        QVERIFY(!pool->contains(*IpAddress::parse(QStringLiteral("103.10.21.1"))));
        QVERIFY(!pool->contains(*IpAddress::parse(QStringLiteral("2001:db8::1"))));
        const auto v6 = IpNetwork::parse(QStringLiteral("2001:db8:10::/48"));
        QVERIFY(v6);
        QVERIFY(v6->contains(*IpAddress::parse(QStringLiteral("2001:db8:10:ffff::1"))));
        QVERIFY(!v6->contains(*IpAddress::parse(QStringLiteral("2001:db8:11::1"))));
        QCOMPARE(IpNetwork::parse(QStringLiteral("0.0.0.0/0"))->contains(*IpAddress::parse(QStringLiteral("8.8.8.8"))), true);
    }

    void networksAreWrittenWithTheirNetworkAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::newRow("v4 /24") << QStringLiteral("103.10.20.0/24") << true;
        QTest::newRow("v4 /29") << QStringLiteral("103.10.20.8/29") << true;
        QTest::newRow("v4 host bits") << QStringLiteral("103.10.20.5/24") << false;
        QTest::newRow("v4 /33") << QStringLiteral("103.10.20.0/33") << false;
        QTest::newRow("no prefix") << QStringLiteral("103.10.20.0") << false;
        QTest::newRow("v6 /64") << QStringLiteral("2001:db8::/64") << true;
        QTest::newRow("v6 host bits") << QStringLiteral("2001:db8::1/64") << false;
        QTest::newRow("v6 /129") << QStringLiteral("2001:db8::/129") << false;
    }

    void networksAreWrittenWithTheirNetworkAddress()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QCOMPARE(IpNetwork::parse(input).has_value(), valid);
        const Status status = IpNetwork::validate(input);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QCOMPARE(status.error().code, QStringLiteral("cidr_invalid"));
    }

    void listsUsableHostsInOrder()
    {
        const auto small = IpNetwork::parse(QStringLiteral("103.10.20.8/29"));
        QCOMPARE(small->usableHosts(100),
                 QStringList({QStringLiteral("103.10.20.9"), QStringLiteral("103.10.20.10"), QStringLiteral("103.10.20.11"),
                              QStringLiteral("103.10.20.12"), QStringLiteral("103.10.20.13"), QStringLiteral("103.10.20.14")}));
        QCOMPARE(IpNetwork::parse(QStringLiteral("103.10.20.0/24"))->usableHosts(1000).size(), 254);
        QCOMPARE(IpNetwork::parse(QStringLiteral("103.10.20.0/24"))->usableHosts(3).last(), QStringLiteral("103.10.20.3"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("103.10.20.7/32"))->usableHosts(5), QStringList{QStringLiteral("103.10.20.7")});
        QCOMPARE(IpNetwork::parse(QStringLiteral("103.10.20.6/31"))->usableHosts(5).size(), 2);
        // Crossing a byte boundary
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.0.0.0/23"))->usableHosts(300).at(255), QStringLiteral("10.0.1.0"));
        const auto v6 = IpNetwork::parse(QStringLiteral("2001:db8::/64"))->usableHosts(2);
        QCOMPARE(v6, QStringList({QStringLiteral("2001:db8::"), QStringLiteral("2001:db8::1")}));
    }
};

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
