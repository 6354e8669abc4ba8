// The asset register: filters by NOC, unit and status, and validity (expired, expiring).
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "../workflow/WorkflowFixture.h"
#include "register/AssetRegister.h"
#include "store/StepRepository.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestAssetRegister : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    /// Installs one server valid until `until` (invalid date: permanent) under `domain`.
    qint64 install(const QString &domain, const QDate &until)
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter({makeServer(domain.section(QLatin1Char('.'), 0, 0))}));
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application(domain);
        form.permanent = !until.isValid();
        form.validUntil = until;
        must(RequestWorkflow(m_s.db()).fillApplication(id, form), "form");
        m_s.driver().advanceTo(id, 9);
        return id;
    }

    static QStringList domainsOf(const QList<RegisterEntry> &entries)
    {
        QStringList domains;
        for (const RegisterEntry &entry : entries)
            domains << entry.serverName;
        return domains;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
        install(QStringLiteral("tetap.cirebonkab.go.id"), {});
        install(QStringLiteral("desember.cirebonkab.go.id"), QDate(2026, 12, 31));
        install(QStringLiteral("januari.cirebonkab.go.id"), QDate(2027, 1, 20));
    }

    void cleanup() { m_s.stop(); }

    void listsEveryAssetWithItsPlacement()
    {
        const auto entries = must(AssetRegister(m_s.db()).entries(), "entries");
        QCOMPARE(entries.size(), 3);
        const RegisterEntry &first = entries.first();
        QCOMPARE(first.asset.registerNumber, QStringLiteral("AST-2026-0001"));
        QCOMPARE(first.unitName, QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(first.officerNip, QStringLiteral("197310081992032001"));
        QCOMPARE(first.nocName, QStringLiteral("NOC Utama"));
        QCOMPARE(first.rackName, QStringLiteral("R01"));
        QCOMPARE(first.powerW, 400);
        QCOMPARE(first.placement.ipAddresses.size(), 1);
        QCOMPARE(first.asset.installedOn, m_s.clock.today());
        QVERIFY(first.asset.permanent);
    }

    void filtersByUnitNocAndStatus()
    {
        AssetFilter filter;
        filter.unitId = m_s.dc.unit.id;
        filter.nocId = m_s.dc.noc.id;
        filter.status = AssetStatus::Active;
        QCOMPARE(must(AssetRegister(m_s.db()).entries(filter), "active").size(), 3);
        filter.status = AssetStatus::Withdrawn;
        QVERIFY(must(AssetRegister(m_s.db()).entries(filter), "withdrawn").isEmpty());
        filter = {};
        filter.unitId = m_s.dc.unit.id + 100;
        QVERIFY(must(AssetRegister(m_s.db()).entries(filter), "other unit").isEmpty());
    }

    void flagsExpiredAndExpiringPlacements()
    {
        AssetRegister assets(m_s.db());
        QVERIFY(must(assets.expired(QDate(2026, 12, 31)), "none expired").isEmpty());
        QCOMPARE(domainsOf(must(assets.expired(QDate(2027, 1, 1)), "expired")), QStringList{QStringLiteral("desember")});
        QCOMPARE(domainsOf(must(assets.expiringWithin(30, QDate(2026, 12, 10)), "soon")),
                 QStringList{QStringLiteral("desember")});
        QCOMPARE(domainsOf(must(assets.expiringWithin(60, QDate(2026, 12, 10)), "later")),
                 (QStringList{QStringLiteral("desember"), QStringLiteral("januari")}));
        // Expired ones are not "expiring" any more.
        QCOMPARE(domainsOf(must(assets.expiringWithin(30, QDate(2027, 1, 1)), "after")),
                 QStringList{QStringLiteral("januari")});
    }
};

QTEST_GUILESS_MAIN(TestAssetRegister)
#include "tst_assetregister.moc"
