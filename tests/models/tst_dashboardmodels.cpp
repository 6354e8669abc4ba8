// The dashboard's models, headless: open requests overdue first with their step and badge,
// placements whose validity ended or ends within 30 days, and what is free per NOC;
// checked by QAbstractItemModelTester.
#include "../workflow/WorkflowFixture.h"
#include "CapacitySummaryModel.h"
#include "ExpiringPlacementsModel.h"
#include "OpenRequestsModel.h"
#include "ServiceStateBadge.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestDashboardModels : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    static QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

    /// Installs one server (2 U, 400 W, one public IP) valid until `until` (invalid: permanent).
    qint64 install(const QString &name, const QDate &until)
    {
        const qint64 id = m_s.driver().registerLetter(m_s.driver().letter({makeServer(name)}));
        m_s.driver().advanceTo(id, 3);
        Application form = m_s.driver().application(name + QStringLiteral(".cirebonkab.go.id"));
        form.permanent = !until.isValid();
        form.validUntil = until;
        must(m_s.flow().fillApplication(id, form), "form");
        m_s.driver().advanceTo(id, 9);
        return id;
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void openRequestsComeOverdueFirst()
    {
        // GIVEN a request waiting 20 minutes for its disposition, then a fresh one
        RequestLetter late = m_s.driver().letter();
        late.request.subject = QStringLiteral("Terlambat");
        const qint64 lateId = m_s.driver().registerLetter(late);
        m_s.clock.advanceSecs(20 * 60);
        RequestLetter fresh = m_s.driver().letter();
        fresh.request.subject = QStringLiteral("Baru");
        fresh.request.letterNumber.clear();
        m_s.driver().registerLetter(fresh);

        // WHEN the dashboard reads them
        OpenRequestsModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN the overdue one leads, with its step and a red badge
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), OpenRequestsModel::IdRole).toLongLong(), lateId);
        QCOMPARE(text(model, 0, OpenRequestsModel::RequestColumn),
                 QStringLiteral("445/123/Dinkes/2026: Terlambat"));
        QCOMPARE(text(model, 0, OpenRequestsModel::StepColumn), QStringLiteral("2. disposition"));
        QCOMPARE(text(model, 0, OpenRequestsModel::StateColumn), QStringLiteral("overdue"));
        QCOMPARE(model.data(model.index(0, 0), OpenRequestsModel::StateColourRole).value<QColor>(),
                 ServiceStateBadge::colour(ServiceState::Overdue));
        QCOMPARE(text(model, 1, OpenRequestsModel::RequestColumn), QStringLiteral("Baru"));
        QCOMPARE(text(model, 1, OpenRequestsModel::StateColumn), QStringLiteral("on time"));
        QCOMPARE(text(model, 1, OpenRequestsModel::UnitColumn), QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(model.countsByStep(), (QMap<int, int>{{2, 2}}));

        // AND a completed request leaves the list
        m_s.driver().advanceTo(lateId, 9);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }

    void expiringPlacementsAndFreeCapacity()
    {
        // GIVEN servers valid for 10 and 40 more days, one for 100 and one permanent
        const QDate today = m_s.clock.today();
        install(QStringLiteral("sepuluh"), today.addDays(10));
        install(QStringLiteral("empatpuluh"), today.addDays(40));
        install(QStringLiteral("seratus"), today.addDays(100));
        install(QStringLiteral("tetap"), {});

        // WHEN the dashboard looks 15 days later
        ExpiringPlacementsModel expiring(m_s.db());
        QAbstractItemModelTester expiringTester(
            &expiring, QAbstractItemModelTester::FailureReportingMode::QtTest);
        expiring.reload(today.addDays(15));

        // THEN the expired one comes first, then the one ending within 30 days
        QCOMPARE(expiring.rowCount(), 2);
        QCOMPARE(text(expiring, 0, ExpiringPlacementsModel::ServerColumn),
                 QStringLiteral("sepuluh"));
        QCOMPARE(text(expiring, 0, ExpiringPlacementsModel::DaysLeftColumn),
                 QStringLiteral("expired 5 days ago"));
        QVERIFY(expiring.data(expiring.index(0, 0), ExpiringPlacementsModel::ExpiredRole).toBool());
        QCOMPARE(text(expiring, 1, ExpiringPlacementsModel::ServerColumn),
                 QStringLiteral("empatpuluh"));
        QCOMPARE(text(expiring, 1, ExpiringPlacementsModel::DaysLeftColumn),
                 QStringLiteral("25 days left"));
        QCOMPARE(text(expiring, 1, ExpiringPlacementsModel::UnitColumn),
                 QStringLiteral("Dinas Kesehatan"));
        QVERIFY(expiring.data(expiring.index(1, 0), ExpiringPlacementsModel::RequestIdRole)
                    .toLongLong() > 0);

        // AND the capacity per NOC counts the four placed servers (2 U, 400 W each)
        CapacitySummaryModel capacity(m_s.db());
        QAbstractItemModelTester capacityTester(
            &capacity, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(capacity.rowCount(), 2);
        QCOMPARE(text(capacity, 0, CapacitySummaryModel::NocColumn), QStringLiteral("NOC Utama"));
        QCOMPARE(capacity.lineAt(0).totalUnits, 84);
        QCOMPARE(capacity.lineAt(0).freeUnits, 84 - 8);
        QCOMPARE(capacity.lineAt(0).freePowerW, 4000 - 1600);
        QCOMPARE(text(capacity, 0, CapacitySummaryModel::FreeUnitsColumn), QStringLiteral("76 U"));
        // AND its public IPs read as a dash, not a blank cell: the pools are not per NOC
        QCOMPARE(text(capacity, 0, CapacitySummaryModel::FreePublicIpsColumn),
                 QStringLiteral("\u2013"));
        QVERIFY(!capacity
                     .data(capacity.index(0, CapacitySummaryModel::FreePublicIpsColumn),
                           CapacitySummaryModel::ValueRole)
                     .isValid());
        QVERIFY(!capacity.data(capacity.index(0, 0), CapacitySummaryModel::TotalRole).toBool());
        QVERIFY(!capacity.data(capacity.index(0, 0), Qt::FontRole).isValid());
        // AND the data-centre row adds the free public addresses of the pools
        const int freeIps = static_cast<int>(
            must(CapacityCalculator(m_s.db()).snapshot(), "snapshot").freePublicAddresses.size());
        QVERIFY(freeIps > 0);
        // AND it is marked as the total: its own name, bold
        QCOMPARE(text(capacity, 1, CapacitySummaryModel::NocColumn),
                 QStringLiteral("All data centres"));
        QVERIFY(capacity.data(capacity.index(1, 0), CapacitySummaryModel::TotalRole).toBool());
        QVERIFY(capacity.data(capacity.index(1, 0), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(capacity.lineAt(1).freePublicIps, freeIps);
        QCOMPARE(capacity
                     .data(capacity.index(1, CapacitySummaryModel::FreePublicIpsColumn),
                           CapacitySummaryModel::ValueRole)
                     .toInt(),
                 freeIps);
    }
};

QTEST_GUILESS_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
