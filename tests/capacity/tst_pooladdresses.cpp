// Which address of a pool a capacity proposal holds back (issue 16, point 4): the gateway, or
// the first usable address while no gateway is set; network and broadcast never come at all.
#include "TestEnvironment.h"
#include "domain/PoolAddresses.h"
#include "validation/IpAddress.h"

#include <QtTest>

using namespace kolokasi;

namespace {
IpPool pool(const QString &cidr, const QString &gateway = {})
{
    IpPool made;
    made.name = QStringLiteral("Publik");
    made.cidr = cidr;
    made.gateway = gateway;
    return made;
}

/// The addresses a proposal may offer: usable hosts less the one held back.
QStringList offered(const IpPool &from)
{
    QStringList hosts = IpNetwork::parse(from.cidr)->usableHosts(1024);
    hosts.removeAll(PoolAddresses::heldBack(from));
    return hosts;
}
} // namespace

class TestPoolAddresses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::prepareTestEnvironment(); }

    void neverOffersNetworkBroadcastOrGateway_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("/24, gateway .1") << "103.147.8.0/24"
                                         << "103.147.8.1" << 253 << "103.147.8.2"
                                         << "103.147.8.254";
        QTest::newRow("/26, gateway .62") << "103.147.8.0/26"
                                          << "103.147.8.62" << 61 << "103.147.8.1"
                                          << "103.147.8.61";
        QTest::newRow("/29, gateway .1") << "103.147.8.8/29"
                                         << "103.147.8.9" << 5 << "103.147.8.10"
                                         << "103.147.8.14";
        QTest::newRow("/30, gateway .1") << "103.147.8.4/30"
                                         << "103.147.8.5" << 1 << "103.147.8.6"
                                         << "103.147.8.6";
        // No gateway set: the first address is held back as the likely router.
        QTest::newRow("/26, no gateway") << "103.147.8.0/26"
                                         << "" << 61 << "103.147.8.2"
                                         << "103.147.8.62";
        QTest::newRow("/30, no gateway") << "103.147.8.4/30"
                                         << "" << 1 << "103.147.8.6"
                                         << "103.147.8.6";
    }

    void neverOffersNetworkBroadcastOrGateway()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(int, count);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const QStringList hosts = offered(pool(cidr, gateway));
        QCOMPARE(hosts.size(), count);
        QCOMPARE(hosts.first(), first);
        QCOMPARE(hosts.last(), last);
        const IpNetwork network = *IpNetwork::parse(cidr);
        QVERIFY(!hosts.contains(network.address().toString()));
        QVERIFY(!hosts.contains(last.section(QLatin1Char('.'), 0, 2) + QLatin1Char('.') +
                                QString::number(last.section(QLatin1Char('.'), 3).toInt() + 1)));
        if (!gateway.isEmpty())
            QVERIFY(!hosts.contains(gateway));
    }

    void suggestsTheFirstAddressAndChecksTheGateway()
    {
        QCOMPARE(PoolAddresses::suggestedGateway(QStringLiteral("103.147.8.0/26")),
                 QStringLiteral("103.147.8.1"));
        QCOMPARE(PoolAddresses::suggestedGateway(QStringLiteral("nonsense")), QString());
        QVERIFY(PoolAddresses::checkGateway(QStringLiteral("103.147.8.0/26"), {}).ok());
        const Status outside = PoolAddresses::checkGateway(QStringLiteral("103.147.8.0/26"),
                                                           QStringLiteral("103.147.8.64"),
                                                           QStringLiteral("pool_gateway"));
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().field, QStringLiteral("pool_gateway"));
        QVERIFY(outside.error().message.contains(QStringLiteral("103.147.8.0/26")));
        // a single address has no router inside it: nothing is held back
        QCOMPARE(PoolAddresses::heldBack(pool(QStringLiteral("103.147.8.9/32"))), QString());
    }
};

QTEST_GUILESS_MAIN(TestPoolAddresses)
#include "tst_pooladdresses.moc"
