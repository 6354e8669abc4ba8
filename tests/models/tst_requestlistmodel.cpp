// The request list model, headless: lazy pages over the one summary query, search and
// sort in SQL, the state badge's colour and word as roles; checked by QAbstractItemModelTester.
#include "../workflow/WorkflowFixture.h"
#include "RequestListModel.h"
#include "ServiceStateBadge.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestRequestListModel : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

    QString text(const QAbstractItemModel &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void showsEachRequestWithItsBadge()
    {
        // GIVEN two requests, one at step 4 and one just registered
        const qint64 first = m_s.driver().registerLetter(m_s.driver().letter());
        m_s.driver().advanceTo(first, 4);
        RequestLetter letter =
            m_s.driver().letter({makeServer(QStringLiteral("srv-web"))}, 1, ServiceType::Hosting);
        letter.request.subject = QStringLiteral("Hosting web dinas");
        letter.request.letterNumber = QStringLiteral("445/77/Dinkes/2026");
        const qint64 second = m_s.driver().registerLetter(letter);

        // WHEN the list opens
        RequestListModel model(m_s.db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN the newest comes first with its unit, subject, running step and badge
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::IdRole).toLongLong(), second);
        QCOMPARE(text(model, 0, RequestListModel::SubjectColumn),
                 QStringLiteral("Hosting web dinas"));
        QCOMPARE(text(model, 0, RequestListModel::LetterNumberColumn),
                 QStringLiteral("445/77/Dinkes/2026"));
        QCOMPARE(text(model, 0, RequestListModel::UnitColumn), QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(text(model, 0, RequestListModel::ServiceColumn), QStringLiteral("Hosting"));
        QCOMPARE(text(model, 0, RequestListModel::StepColumn), QStringLiteral("2. disposition"));
        QCOMPARE(text(model, 1, RequestListModel::StepColumn), QStringLiteral("5. approval"));
        QCOMPARE(text(model, 1, RequestListModel::DomainColumn),
                 QStringLiteral("simpus.cirebonkab.go.id"));
        QCOMPARE(text(model, 0, RequestListModel::StateColumn), QStringLiteral("on time"));
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::StateWordRole).toString(),
                 QStringLiteral("on time"));
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::StateColourRole).value<QColor>(),
                 ServiceStateBadge::colour(ServiceState::OnTime));
        QCOMPARE(model.headerData(RequestListModel::SubjectColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Subject"));

        // AND half an hour later the waiting disposition is overdue, in red
        m_s.clock.advanceSecs(30 * 60);
        model.reload();
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::StateRole).toInt(),
                 int(ServiceState::Overdue));
        QCOMPARE(model.data(model.index(0, 0), RequestListModel::StateColourRole).value<QColor>(),
                 ServiceStateBadge::colour(ServiceState::Overdue));
        QCOMPARE(text(model, 0, RequestListModel::StateColumn), QStringLiteral("overdue"));

        // AND a search or a sort runs again in SQL
        RequestListQuery query;
        query.search = QStringLiteral("web dinas");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        model.setQuery({});
        model.sort(RequestListModel::SubjectColumn, Qt::AscendingOrder);
        QCOMPARE(text(model, 0, RequestListModel::SubjectColumn),
                 QStringLiteral("Hosting web dinas"));
        model.sort(RequestListModel::SubjectColumn, Qt::DescendingOrder);
        QCOMPARE(text(model, 0, RequestListModel::SubjectColumn),
                 QStringLiteral("Permohonan co-location server SIMPUS"));
    }

    void fetchesPageByPage()
    {
        // GIVEN more requests than one page
        const int count = RequestListModel::kPageSize + 5;
        for (int i = 0; i < count; ++i)
            m_s.driver().registerLetter(m_s.driver().letter());
        // WHEN the list opens, THEN one page is loaded and more can be fetched
        RequestListModel model(m_s.db());
        QCOMPARE(model.rowCount(), RequestListModel::kPageSize);
        QCOMPARE(model.totalCount(), count);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), count);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.lastError(), QString());
        // AND the model passes the tester, which fetches by itself
        RequestListModel fresh(m_s.db());
        QAbstractItemModelTester tester(&fresh,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(fresh.rowCount(), count);
    }
};

QTEST_GUILESS_MAIN(TestRequestListModel)
#include "tst_requestlistmodel.moc"
