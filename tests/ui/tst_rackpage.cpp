// The Rak page: a placement drawn over its units, freed by a withdrawal through the workflow's
// change signal, the reserved and expired states, opening by double-click and keyboard, and
// the NOC and zoom remembered.
#include "../workflow/WorkflowFixture.h"
#include "ScriptedDialogs.h"
#include "TestEnvironment.h"
#include "UiContext.h"
#include "domain/Withdrawal.h"
#include "pages/RackPage.h"
#include "pages/rack/RackElevationView.h"
#include "store/AssetRepository.h"
#include "workflow/ChangeNotifier.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestRackPage : public QObject
{
    Q_OBJECT

private:
    WorkflowSession m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<RequestWorkflow> m_workflow;
    std::unique_ptr<UiContext> m_context;
    std::unique_ptr<RackPage> m_page;

    RackPage &page()
    {
        if (!m_page) {
            m_page = std::make_unique<RackPage>(*m_context);
            m_page->resize(1366, 700);
            m_page->show();
            if (!QTest::qWaitForWindowExposed(m_page.get()))
                qFatal("the page was not shown");
        }
        return *m_page;
    }
    RackElevationView &view() { return *page().view(); }

    /// The (only) placement of request `requestId`.
    Placement placementOf(qint64 requestId)
    {
        const auto placements = must(PlacementRepository(m_session.db()).ofRequest(requestId), "p");
        if (placements.size() != 1 || placements.first().rackId == 0)
            qFatal("request %lld has no single rack placement", requestId);
        return placements.first();
    }

    Asset assetOf(const Placement &placement)
    {
        const QVariant id =
            valueOf(m_session.db(),
                    QStringLiteral("SELECT id FROM assets WHERE placement_id = :id"), placement.id);
        return must(AssetRepository(m_session.db()).find(id.toLongLong()), "asset");
    }

    qint64 requestAt(int step)
    {
        const qint64 id = m_session.driver().registerLetter(m_session.driver().letter());
        m_session.driver().advanceTo(id, step);
        return id;
    }

    /// A completed request whose application ends its validity on `validUntil`.
    qint64 completedRequestValidUntil(const QDate &validUntil)
    {
        RequestDriver &driver = m_session.driver();
        const qint64 id = driver.registerLetter(driver.letter());
        driver.advanceTo(id, 3);
        Application application = driver.application();
        application.permanent = false;
        application.validUntil = validUntil;
        must(m_session.flow().fillApplication(id, application), "application");
        driver.advanceTo(id, 9);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void init()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings->path());
        KOLOKASI_VERIFY_OK(m_session.start());
        m_workflow = std::make_unique<RequestWorkflow>(m_session.db());
        m_notifier = std::make_unique<ChangeNotifier>(m_session.db());
        m_workflow->setNotifier(m_notifier.get());
        m_context = std::make_unique<UiContext>(
            UiContext{m_session.db(), *m_workflow, m_dialogs, m_session.clock});
    }

    void cleanup()
    {
        m_page.reset();
        m_context.reset();
        m_workflow.reset();
        m_notifier.reset();
        m_session.stop();
        m_settings.reset();
    }

    void aPlacementCoversItsUnitsAndAWithdrawalFreesThem()
    {
        // GIVEN an installed server (2 U) shown on the page
        const qint64 requestId = requestAt(9);
        const Placement placement = placementOf(requestId);
        const Asset asset = assetOf(placement);
        QCOMPARE(page().noc(), QStringLiteral("NOC Utama"));
        QCOMPARE(view().racks().size(), 2);

        // THEN its block covers exactly its units, active, with its names and ids
        for (int unit = placement.firstU; unit <= placement.lastU(); ++unit) {
            const auto block = view().blockAt(placement.rackId, unit);
            QVERIFY(block);
            QCOMPARE(block->serverName, QStringLiteral("srv-simpus"));
            QCOMPARE(block->unitName, QStringLiteral("Dinkes"));
            QCOMPARE(block->domain, placement.domain);
            QCOMPARE(block->assetId, asset.id);
            QCOMPARE(block->requestId, requestId);
            QCOMPARE(block->registerNumber, asset.registerNumber);
            QCOMPARE(view().stateOf(*block), RackElevationView::BlockState::Active);
        }
        QVERIFY(!view().blockAt(placement.rackId, placement.lastU() + 1));
        if (placement.firstU > 1)
            QVERIFY(!view().blockAt(placement.rackId, placement.firstU - 1));

        // WHEN its withdrawal is completed through the workflow (no reload asked for)
        WithdrawalLetter letter;
        letter.assetId = asset.id;
        letter.letterNumber = QStringLiteral("445/301/Dinkes/2026");
        letter.letterDate = QDate(2026, 12, 1);
        letter.reasons = QStringLiteral("Aplikasi dipindahkan ke layanan SPBE nasional");
        const auto withdrawal = m_workflow->registerWithdrawal(letter);
        KOLOKASI_VERIFY_OK(withdrawal);
        KOLOKASI_VERIFY_OK(m_workflow->decideWithdrawal(
            withdrawal->id, true, QStringLiteral("Ir. HENDRA GUNAWAN, M.T.")));
        QVERIFY(view().blockAt(placement.rackId, placement.firstU));
        KOLOKASI_VERIFY_OK(m_workflow->completeWithdrawal(withdrawal->id));

        // THEN the view was redrawn through the change signal: the units are free
        for (int unit = placement.firstU; unit <= placement.lastU(); ++unit)
            QVERIFY(!view().blockAt(placement.rackId, unit));
    }

    void anApprovedRequestReservesItsUnits()
    {
        // GIVEN a request approved (step 5) but not installed: no asset yet
        const qint64 requestId = requestAt(5);
        const Placement placement = placementOf(requestId);

        const auto block = view().blockAt(placement.rackId, placement.firstU);
        QVERIFY(block);
        QCOMPARE(view().stateOf(*block), RackElevationView::BlockState::Reserved);
        QCOMPARE(block->assetId, 0);
        QCOMPARE(block->requestId, requestId);
        QVERIFY(block->registerNumber.isEmpty());
    }

    void aPlacementPastItsValidityIsExpired()
    {
        // GIVEN an installed server valid until the end of 2026
        const qint64 requestId = completedRequestValidUntil(QDate(2026, 12, 31));
        const Placement placement = placementOf(requestId);
        auto block = view().blockAt(placement.rackId, placement.firstU);
        QVERIFY(block);
        QCOMPARE(block->validUntil, QDate(2026, 12, 31));
        QCOMPARE(view().stateOf(*block), RackElevationView::BlockState::Active);

        // WHEN the year has passed, THEN it is drawn expired (its last day is still valid)
        m_session.clock.set(QDateTime(QDate(2026, 12, 31), QTime(16, 0), QTimeZone::utc()));
        page().reload();
        QCOMPARE(view().stateOf(*view().blockAt(placement.rackId, placement.firstU)),
                 RackElevationView::BlockState::Active);
        m_session.clock.set(QDateTime(QDate(2027, 1, 2), QTime(9, 0), QTimeZone::utc()));
        page().reload();
        QCOMPARE(view().stateOf(*view().blockAt(placement.rackId, placement.firstU)),
                 RackElevationView::BlockState::Expired);
    }

    void doubleClickOpensTheAssetOrTheReservingRequest()
    {
        const qint64 installed = requestAt(9);
        const qint64 reserved = requestAt(5);
        const Placement installedAt = placementOf(installed);
        const Placement reservedAt = placementOf(reserved);
        const qint64 assetId = view().blockAt(installedAt.rackId, installedAt.firstU)->assetId;
        QSignalSpy assets(&page(), &RackPage::openAssetRequested);
        QSignalSpy requests(&page(), &RackPage::openRequestRequested);

        QTest::mouseDClick(view().viewport(), Qt::LeftButton, {},
                           view().unitCentre(installedAt.rackId, installedAt.firstU));
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().first().toLongLong(), assetId);
        QCOMPARE(requests.size(), 0);

        QTest::mouseDClick(view().viewport(), Qt::LeftButton, {},
                           view().unitCentre(reservedAt.rackId, reservedAt.lastU()));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().first().toLongLong(), reserved);

        // A free unit opens nothing.
        QTest::mouseDClick(view().viewport(), Qt::LeftButton, {},
                           view().unitCentre(installedAt.rackId, 42));
        QCOMPARE(assets.size() + requests.size(), 2);
    }

    void theKeyboardWalksTheBlocksAndEnterOpens()
    {
        // GIVEN two installed servers stacked in the first rack, the upper one selected
        const qint64 lower = requestAt(9);
        const qint64 upper = requestAt(9);
        const Placement upperAt = placementOf(upper);
        QCOMPARE(placementOf(lower).rackId, upperAt.rackId);
        QTest::mouseClick(view().viewport(), Qt::LeftButton, {},
                          view().unitCentre(upperAt.rackId, upperAt.firstU));
        QCOMPARE(view().selectedBlock()->requestId, upper);
        QSignalSpy assets(&page(), &RackPage::openAssetRequested);

        // WHEN Down then Enter
        QTest::keyClick(&view(), Qt::Key_Down);
        QCOMPARE(view().selectedBlock()->requestId, lower);
        QTest::keyClick(&view(), Qt::Key_Return);

        // THEN the lower server's asset is asked for
        QCOMPARE(assets.size(), 1);
        QCOMPARE(assets.first().first().toLongLong(), assetOf(placementOf(lower)).id);
    }

    void theNocAndZoomAreRemembered()
    {
        DataCentreService rooms(m_session.db());
        const Noc second = must(
            rooms.createNoc({0, QStringLiteral("NOC Cadangan"), QStringLiteral("Lantai 1"), 0, {}}),
            "noc");
        must(rooms.createRack({0, second.id, QStringLiteral("C01"), 42, 4000, 0, {}, {}}), "rack");
        page().reload();
        auto *chooser = page().findChild<QComboBox *>(QStringLiteral("nocChooser"));
        QVERIFY(chooser);
        chooser->setCurrentIndex(chooser->findText(QStringLiteral("NOC Cadangan")));
        QCOMPARE(view().racks().size(), 1);
        QVERIFY(view().fitsWindow());
        view().setZoom(1.5);
        QVERIFY(!view().fitsWindow());

        m_page.reset();
        QCOMPARE(page().noc(), QStringLiteral("NOC Cadangan"));
        QCOMPARE(view().zoom(), 1.5);
        QCOMPARE(view().racks().first().rack, QStringLiteral("C01"));
    }
};

QTEST_MAIN(TestRackPage)
#include "tst_rackpage.moc"
