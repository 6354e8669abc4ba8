// The asset register: filters by NOC, unit and status, validity (expired, expiring), review
// overdue; search over every text column; sorted pages and the count.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "../workflow/WorkflowFixture.h"
#include "register/AssetRegister.h"
#include "store/Query.h"
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

    QStringList found(const QString &search)
    {
        AssetFilter filter;
        filter.search = search;
        return domainsOf(must(AssetRegister(m_s.db()).entries(filter), "search"));
    }

    void execute(const QString &sql)
    {
        must(Query(m_s.db(), sql).exec(), "fixture statement");
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

    void searchFindsAWordInAnyColumnIgnoringCase()
    {
        const RegisterEntry januari = must(AssetRegister(m_s.db()).entries(), "all").last();
        QCOMPARE(found(QStringLiteral("JANUAR")), QStringList{QStringLiteral("januari")});
        QCOMPARE(found(januari.placement.serialNumber), QStringList{QStringLiteral("januari")});
        QCOMPARE(found(januari.placement.ipAddresses.first()), QStringList{QStringLiteral("januari")});
        QCOMPARE(found(QStringLiteral("kesehatan")).size(), 3); // the unit
        QCOMPARE(found(QStringLiteral("19731008")).size(), 3);  // part of the officer's NIP
        QCOMPARE(found(QStringLiteral("NOC Utama")).size(), 3);
    }

    void searchNeedsEveryWord()
    {
        QCOMPARE(found(QStringLiteral("januari kesehatan")), QStringList{QStringLiteral("januari")});
        QVERIFY(found(QStringLiteral("januari tetap")).isEmpty());
    }

    void shortWordsAndSymbolsAreSearchedAsText()
    {
        QCOMPARE(found(QStringLiteral("R0")).size(), 3); // shorter than the trigram index
        for (const QString &odd : {QStringLiteral("\""), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("a\"b"),
                                   QStringLiteral("NEAR(x y)"), QStringLiteral("tetap*"), QStringLiteral("\\")})
            QVERIFY2(found(odd).isEmpty(), qPrintable(odd));
    }

    void pagesAreSortedCountedAndDoNotOverlap()
    {
        AssetRegister assets(m_s.db());
        RegisterPage page{RegisterColumn::ServerName, true, 0, 2};
        QCOMPARE(domainsOf(must(assets.page({}, page), "first page")),
                 (QStringList{QStringLiteral("tetap"), QStringLiteral("januari")}));
        page.offset = 2;
        QCOMPARE(domainsOf(must(assets.page({}, page), "second page")), QStringList{QStringLiteral("desember")});
        QCOMPARE(must(assets.count(), "count"), 3);
        AssetFilter search;
        search.search = QStringLiteral("desember");
        QCOMPARE(must(assets.count(search), "count found"), 1);
        // Permanent assets have no end of validity: they sort last either way.
        page = {RegisterColumn::ValidUntil, false, 0, -1};
        QCOMPARE(domainsOf(must(assets.page({}, page), "by validity")),
                 (QStringList{QStringLiteral("desember"), QStringLiteral("januari"), QStringLiteral("tetap")}));
        page.descending = true;
        QCOMPARE(domainsOf(must(assets.page({}, page), "by validity, descending")),
                 (QStringList{QStringLiteral("januari"), QStringLiteral("desember"), QStringLiteral("tetap")}));
    }

    void reviewIsOverdueAfterTwelveMonthsOrWhenNeverDone()
    {
        AssetRegister assets(m_s.db());
        const QDate today = m_s.clock.today();
        QCOMPARE(must(assets.overdueForReview(today), "never reviewed").size(), 3);
        execute(QStringLiteral("UPDATE assets SET last_reviewed_on = '%1' WHERE id = 1")
                        .arg(today.addMonths(-11).toString(Qt::ISODate)));
        execute(QStringLiteral("UPDATE assets SET last_reviewed_on = '%1' WHERE id = 2")
                        .arg(today.addMonths(-13).toString(Qt::ISODate)));
        QCOMPARE(domainsOf(must(assets.overdueForReview(today), "overdue")),
                 (QStringList{QStringLiteral("desember"), QStringLiteral("januari")}));
        QCOMPARE(must(assets.count(AssetRegister::onlyReviewOverdue({}, today)), "overdue count"), 2);
    }

    void filtersCombineWithSearch()
    {
        AssetFilter filter = AssetRegister::onlyExpiringWithin({}, 60, QDate(2026, 12, 10));
        filter.search = QStringLiteral("januari");
        QCOMPARE(domainsOf(must(AssetRegister(m_s.db()).entries(filter), "expiring and found")),
                 QStringList{QStringLiteral("januari")});
        filter.search = QStringLiteral("tetap");
        QVERIFY(must(AssetRegister(m_s.db()).entries(filter), "permanent is never expiring").isEmpty());
    }

    void searchFollowsChangesToEveryTableItReads()
    {
        execute(QStringLiteral("UPDATE units SET name = 'Dinas Kesehatan Daerah'"));
        QCOMPARE(found(QStringLiteral("daerah")).size(), 3);
        execute(QStringLiteral("UPDATE racks SET name = 'Lemari-9' WHERE id = (SELECT MIN(id) FROM racks)"));
        QVERIFY(!found(QStringLiteral("lemari-9")).isEmpty());
        execute(QStringLiteral("UPDATE placements SET domain = 'baru.cirebonkab.go.id' WHERE id = "
                               "(SELECT placement_id FROM assets WHERE id = 3)"));
        QCOMPARE(found(QStringLiteral("baru.cirebon")), QStringList{QStringLiteral("januari")});
        execute(QStringLiteral("INSERT INTO ip_addresses (placement_id, address, assigned_at) SELECT placement_id, "
                               "'192.0.2.77', '2026-11-25T09:00:00Z' FROM assets WHERE id = 1"));
        QCOMPARE(found(QStringLiteral("192.0.2.77")), QStringList{QStringLiteral("tetap")});
        execute(QStringLiteral("UPDATE officers SET name = 'Sri Mulyani Indrawati'"));
        QCOMPARE(found(QStringLiteral("mulyani")).size(), 3);
        execute(QStringLiteral("UPDATE assets SET note = 'pindah ke lantai dua' WHERE id = 2"));
        QCOMPARE(found(QStringLiteral("lantai dua")), QStringList{QStringLiteral("desember")});
    }
};

QTEST_GUILESS_MAIN(TestAssetRegister)
#include "tst_assetregister.moc"
