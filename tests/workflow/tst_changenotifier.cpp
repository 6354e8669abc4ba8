// Change notification: each successful workflow call announces its request (and placements
// when they moved); a refused call announces nothing. Another admin's change reaches this
// window: on PostgreSQL by LISTEN/NOTIFY, on SQLite by the data-version check on focus.
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "WorkflowFixture.h"
#include "workflow/ChangeNotifier.h"

#include <QSignalSpy>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_s;

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_s.start()); }
    void cleanup() { m_s.stop(); }

    void eachSuccessfulCallIsAnnounced()
    {
        // GIVEN a workflow with a notifier
        ChangeNotifier notifier(m_s.db());
        RequestWorkflow flow(m_s.db());
        flow.setNotifier(&notifier);
        QSignalSpy requests(&notifier, &ChangeNotifier::requestChanged);
        QSignalSpy placements(&notifier, &ChangeNotifier::placementChanged);

        // WHEN a letter is registered and disposed
        const qint64 id = must(flow.registerLetter(m_s.driver().letter()), "letter").id;
        KOLOKASI_VERIFY_OK(flow.dispose(id, {0, {}, QStringLiteral("Seksi Infrastruktur"), {}, 0}));
        // THEN each is announced with the request, and placements did not move
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).at(0).toLongLong(), id);
        QCOMPARE(requests.at(1).at(0).toLongLong(), id);
        QCOMPARE(placements.size(), 0);

        // AND a refused call announces nothing
        QVERIFY(!flow.dispose(id, {0, {}, QStringLiteral("lagi"), {}, 0}).ok());
        QCOMPARE(requests.size(), 2);

        // AND an approval moves placements
        m_s.driver().advanceTo(id, 4);
        requests.clear();
        KOLOKASI_VERIFY_OK(flow.decide(id, m_s.driver().approval(id)));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(placements.size(), 1);
    }

    void anotherAdminsChangeReachesTheWindow()
    {
        // GIVEN this window watching, and a second admin with their own connection and window
        ChangeNotifier here(m_s.db());
        KOLOKASI_VERIFY_OK(here.watch());
        QSignalSpy requests(&here, &ChangeNotifier::requestChanged);
        QSignalSpy outside(&here, &ChangeNotifier::outsideChange);
        auto second = m_s.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        second.value()->setActor(QStringLiteral("admin.kedua"));
        ChangeNotifier there(*second.value());
        RequestWorkflow theirs(*second.value());
        theirs.setNotifier(&there);
        QCOMPARE(must(here.checkForOutsideChanges(), "check"), false);

        // WHEN the second admin registers a letter
        const qint64 id = must(theirs.registerLetter(m_s.driver().letter()), "letter").id;

        // THEN this window learns of it
        if (m_s.db().dialect().isSQLite()) {
            QCOMPARE(must(here.checkForOutsideChanges(), "check"), true);
            QCOMPARE(outside.size(), 1);
            QCOMPARE(must(here.checkForOutsideChanges(), "check again"), false);
        } else {
            QVERIFY(requests.wait(5000));
            QCOMPARE(requests.first().at(0).toLongLong(), id);
        }

        // AND this window's own change does not count as an outside one
        RequestWorkflow mine(m_s.db());
        mine.setNotifier(&here);
        requests.clear();
        KOLOKASI_VERIFY_OK(mine.dispose(id, {0, {}, QStringLiteral("Seksi Infrastruktur"), {}, 0}));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(must(here.checkForOutsideChanges(), "own change"), false);
        QCoreApplication::processEvents();
        QCOMPARE(requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
