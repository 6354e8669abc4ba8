// The request list: one query with search, filters, sort and paging in SQL, a count, and
// each line's service-standard state from the working calendar.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "store/UnitRepository.h"
#include "workflow/RequestList.h"

#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {
QStringList subjectsOf(const QList<RequestSummary> &lines)
{
    QStringList subjects;
    for (const RequestSummary &line : lines)
        subjects.append(line.subject);
    return subjects;
}
} // namespace

class TestRequestList : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;
    qint64 m_simpus = 0; // Dinkes, co-location, at step 4 with domain simpus...
    qint64 m_web = 0;    // Dinkes, hosting, registered
    qint64 m_pajak = 0;  // Bapenda, co-location, cancelled

    qint64 registerLetter(const QString &subject, qint64 unitId, ServiceType type,
                          const QString &number)
    {
        RequestLetter letter = m_s.driver().letter({makeServer(QStringLiteral("srv"))}, 1, type);
        letter.request.subject = subject;
        letter.request.unitId = unitId;
        letter.request.letterNumber = number;
        m_s.clock.advanceSecs(60);
        return m_s.driver().registerLetter(letter);
    }

    QList<RequestSummary> page(const RequestListQuery &query)
    {
        return must(RequestList(m_s.db()).page(query), "page");
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_s.start());
        const Unit bapenda =
            must(UnitRepository(m_s.db()).create({0,
                                                  QStringLiteral("Badan Pendapatan Daerah"),
                                                  QStringLiteral("Bapenda"),
                                                  {},
                                                  {},
                                                  {},
                                                  0}),
                 "unit");
        m_simpus = registerLetter(QStringLiteral("Co-location SIMPUS"), m_s.dc.unit.id,
                                  ServiceType::Colocation, QStringLiteral("445/1/Dinkes/2026"));
        m_s.driver().advanceTo(m_simpus, 4);
        m_web = registerLetter(QStringLiteral("Hosting web 50% promo_x"), m_s.dc.unit.id,
                               ServiceType::Hosting, QStringLiteral("445/2/Dinkes/2026"));
        m_pajak = registerLetter(QStringLiteral("Co-location e-Pajak"), bapenda.id,
                                 ServiceType::Colocation, QStringLiteral("973/9/Bapenda/2026"));
        KOLOKASI_VERIFY_OK(m_s.flow().cancel(m_pajak, QStringLiteral("Ditarik unit")));
    }

    void cleanup() { m_s.stop(); }

    void listsNewestFirstWithUnitAndDomain()
    {
        const QList<RequestSummary> lines = page({});
        QCOMPARE(subjectsOf(lines), (QStringList{QStringLiteral("Co-location e-Pajak"),
                                                 QStringLiteral("Hosting web 50% promo_x"),
                                                 QStringLiteral("Co-location SIMPUS")}));
        QCOMPARE(lines[0].unitName, QStringLiteral("Badan Pendapatan Daerah"));
        QCOMPARE(lines[0].status, RequestStatus::ClosedCancelled);
        QCOMPARE(lines[2].domain, QStringLiteral("simpus.cirebonkab.go.id"));
        QCOMPARE(lines[2].step, SopStep::Application);
        QCOMPARE(lines[2].letterNumber, QStringLiteral("445/1/Dinkes/2026"));
        QCOMPARE(must(RequestList(m_s.db()).count({}), "count"), 3);
    }

    void searchesLetterUnitSubjectAndDomain_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("subjects");
        QTest::newRow("letter number")
            << QStringLiteral("973/9") << QStringList{QStringLiteral("Co-location e-Pajak")};
        QTest::newRow("unit, any case")
            << QStringLiteral("PENDAPATAN") << QStringList{QStringLiteral("Co-location e-Pajak")};
        QTest::newRow("unit short name")
            << QStringLiteral("bapenda") << QStringList{QStringLiteral("Co-location e-Pajak")};
        QTest::newRow("subject") << QStringLiteral("simpus")
                                 << QStringList{QStringLiteral("Co-location SIMPUS")};
        QTest::newRow("domain") << QStringLiteral("cirebonkab.go")
                                << QStringList{QStringLiteral("Co-location SIMPUS")};
        QTest::newRow("percent is literal")
            << QStringLiteral("50%") << QStringList{QStringLiteral("Hosting web 50% promo_x")};
        QTest::newRow("underscore is literal")
            << QStringLiteral("o_x") << QStringList{QStringLiteral("Hosting web 50% promo_x")};
        QTest::newRow("nothing") << QStringLiteral("tidak ada") << QStringList{};
    }

    void searchesLetterUnitSubjectAndDomain()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, subjects);
        RequestListQuery query;
        query.search = search;
        QCOMPARE(subjectsOf(page(query)), subjects);
        QCOMPARE(must(RequestList(m_s.db()).count(query), "count"), subjects.size());
    }

    void filtersSortsAndPages()
    {
        RequestListQuery query;
        query.status = RequestStatus::Open;
        QCOMPARE(must(RequestList(m_s.db()).count(query), "open"), 2);
        query.serviceType = ServiceType::Hosting;
        QCOMPARE(subjectsOf(page(query)), QStringList{QStringLiteral("Hosting web 50% promo_x")});

        query = {};
        query.step = SopStep::Application;
        QCOMPARE(subjectsOf(page(query)), QStringList{QStringLiteral("Co-location SIMPUS")});
        query = {};
        query.unitId = m_s.dc.unit.id;
        query.kind = RequestKind::Placement;
        QCOMPARE(must(RequestList(m_s.db()).count(query), "unit"), 2);
        query = {};
        query.year = 2026;
        QCOMPARE(must(RequestList(m_s.db()).count(query), "2026"), 3);
        query.year = 2025;
        QCOMPARE(must(RequestList(m_s.db()).count(query), "2025"), 0);

        query = {};
        query.sort = RequestSort::ByUnit;
        query.descending = false;
        query.limit = 2;
        QCOMPARE(page(query).first().unitName, QStringLiteral("Badan Pendapatan Daerah"));
        QCOMPARE(page(query).size(), 2);
        query.offset = 2;
        QCOMPARE(page(query).size(), 1);
        QCOMPARE(must(RequestList(m_s.db()).count(query), "count ignores the page"), 3);
    }

    void eachLineHasItsServiceState()
    {
        // GIVEN the web request waiting one minute for its disposition
        QList<RequestSummary> lines = page({});
        QCOMPARE(lines[0].state, ServiceState::None); // cancelled
        QCOMPARE(lines[1].id, m_web);
        QCOMPARE(lines[1].state, ServiceState::OnTime);
        // WHEN 13 of the disposition's 15 minutes are used, THEN it is due soon
        m_s.clock.advanceSecs(12 * 60);
        lines = page({});
        QCOMPARE(lines[1].state, ServiceState::DueSoon);
        // AND past them, overdue
        m_s.clock.advanceSecs(10 * 60);
        lines = page({});
        QCOMPARE(lines[1].state, ServiceState::Overdue);
    }

    void stateIsPure()
    {
        const WorkingCalendar calendar(QTime(8, 0), QTime(16, 0), {}, QTimeZone::utc());
        RequestSummary line;
        line.step = SopStep::Disposition; // capacity check running: 1 hour
        line.receivedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), QTimeZone::utc());
        line.stepDoneAt = line.receivedAt.addSecs(600);
        QCOMPARE(RequestList::stateOf(line, calendar, line.stepDoneAt.addSecs(30 * 60)),
                 ServiceState::OnTime);
        QCOMPARE(RequestList::stateOf(line, calendar, line.stepDoneAt.addSecs(50 * 60)),
                 ServiceState::DueSoon);
        QCOMPARE(RequestList::stateOf(line, calendar, line.stepDoneAt.addSecs(61 * 60)),
                 ServiceState::Overdue);
        line.status = RequestStatus::Completed;
        QCOMPARE(RequestList::stateOf(line, calendar, line.stepDoneAt.addSecs(61 * 60)),
                 ServiceState::None);
    }
};

QTEST_GUILESS_MAIN(TestRequestList)
#include "tst_requestlist.moc"
