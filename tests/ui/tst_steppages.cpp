// The pages of the nine SOP steps, driven through their real widgets; each test checks what
// the database then holds through the core.
#include "StepPageFixture.h"
#include "domain/ServerSpec.h"
#include "store/PlacementRepository.h"
#include "store/ServerRepository.h"
#include "services/SettingsService.h"
#include "store/StepRepository.h"
#include "store/UnitRepository.h"
#include "widgets/MessageBar.h"
#include "widgets/SearchableComboBox.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableWidget>

using namespace kolokasi;
using namespace kolokasi::test;

class TestStepPages : public QObject
{
    Q_OBJECT

private:
    StepPageSession m_ui;

    RequestDriver &driver() { return m_ui.session.driver(); }
    Database &db() { return m_ui.session.db(); }
    qint64 requestAt(int step)
    {
        const qint64 id = driver().registerLetter(driver().letter());
        driver().advanceTo(id, step);
        return id;
    }

private Q_SLOTS:
    void initTestCase() { prepareGuiTests(); }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void requestLetterRegistersTheRequestWithItsServers()
    {
        // GIVEN a new request letter page
        FormStepPage *page = m_ui.open(StepPageKind::RequestLetter, 0);
        QSignalSpy saved(page, &StepPage::saved);

        // WHEN the admin types the letter and two servers and saves
        QTest::keyClicks(
            widget<ValidatedLineEdit>(page, QStringLiteral("letterNumber"))->lineEdit(),
            QStringLiteral("445/77/Dinkes/2026"));
        QTest::keyClicks(widget<SearchableComboBox>(page, QStringLiteral("unit"))->lineEdit(),
                         QStringLiteral("Dinas Kesehatan"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("subject")),
                         QStringLiteral("Co-location SIMPUS"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1Name")),
                         QStringLiteral("srv-simpus"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1Ram")),
                         QStringLiteral("64 GB"));
        QTest::mouseClick(widget<QPushButton>(page, QStringLiteral("addServerButton")),
                          Qt::LeftButton);
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server2Name")),
                         QStringLiteral("srv-backup"));
        QVERIFY(page->hasUnsavedInput());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        // THEN the request is stored at step 1 with both servers, in order
        QTRY_COMPARE(saved.count(), 1);
        const qint64 id = saved.first().first().toLongLong();
        const Request request = m_ui.request(id);
        QCOMPARE(request.letterNumber, QStringLiteral("445/77/Dinkes/2026"));
        QCOMPARE(request.unitId, m_ui.session.dc.unit.id);
        QCOMPARE(request.step, SopStep::RequestLetter);
        const QList<Server> servers = must(ServerRepository(db()).serversOf(id), "servers");
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers[0].name, QStringLiteral("srv-simpus"));
        QCOMPARE(servers[0].requested.ram, QStringLiteral("64 GB"));
        QCOMPARE(servers[1].name, QStringLiteral("srv-backup"));
        QVERIFY(!page->hasUnsavedInput());
    }

    void requestLetterRefusalFocusesTheServerRowItNames()
    {
        // GIVEN a letter whose second server has no name
        FormStepPage *page = m_ui.open(StepPageKind::RequestLetter, 0);
        QTest::keyClicks(
            widget<ValidatedLineEdit>(page, QStringLiteral("letterNumber"))->lineEdit(),
            QStringLiteral("445/78/Dinkes/2026"));
        QTest::keyClicks(widget<SearchableComboBox>(page, QStringLiteral("unit"))->lineEdit(),
                         QStringLiteral("Dinas Kesehatan"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("subject")),
                         QStringLiteral("Dua server"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1Name")),
                         QStringLiteral("srv-a"));
        QTest::mouseClick(widget<QPushButton>(page, QStringLiteral("addServerButton")),
                          Qt::LeftButton);

        // WHEN saving
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        // THEN the core's message shows, the nameless row's field has the focus, nothing is stored
        QVERIFY(!page->message().isEmpty());
        QTRY_VERIFY(widget<QLineEdit>(page, QStringLiteral("server2Name"))->hasFocus());
        QVERIFY(must(RequestRepository(db()).all(), "requests").isEmpty());
    }

    void dispositionMovesTheRequestOn()
    {
        const qint64 id = requestAt(1);
        FormStepPage *page = m_ui.open(StepPageKind::Disposition, id);
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("toWhom")),
                         QStringLiteral("Seksi Infrastruktur TI"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(m_ui.request(id).step, SopStep(2));
        QCOMPARE(must(StepRepository(db()).disposition(id), "disposition").toWhom,
                 QStringLiteral("Seksi Infrastruktur TI"));
    }

    void capacityCheckShowsEveryResourceAndMovesOnWhenAvailable()
    {
        const qint64 id = requestAt(2);
        FormStepPage *page = m_ui.open(StepPageKind::CapacityCheck, id);
        auto *items = widget<QTableWidget>(page, QStringLiteral("capacityItems"));
        QCOMPARE(items->rowCount(), 7); // server, power, UPS, genset, bandwidth, space, public IP
        QVERIFY(widget<QRadioButton>(page, QStringLiteral("capacityAvailable"))->isChecked());
        QVERIFY(widget<QLabel>(page, QStringLiteral("proposedPlacement"))
                    ->text()
                    .contains(QStringLiteral("R01")));

        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(m_ui.request(id).step, SopStep(3));
        QVERIFY(must(StepRepository(db()).capacityCheck(id), "check").available);
    }

    void capacityNotAvailableClosesTheRequestOnlyAfterConfirmation()
    {
        const qint64 id = requestAt(2);
        FormStepPage *page = m_ui.open(StepPageKind::CapacityCheck, id);
        widget<QRadioButton>(page, QStringLiteral("capacityNotAvailable"))->click();
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("capacityNote")),
                         QStringLiteral("UPS penuh"));

        // WHEN the admin declines the question, nothing changes
        m_ui.dialogs.setNextConfirm(false);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(id).status, RequestStatus::Open);
        QVERIFY(m_ui.dialogs.shown().last().contains(
            QStringLiteral("closed because the capacity is not available")));

        // WHEN the admin confirms, the request is closed for lack of capacity
        m_ui.dialogs.setNextConfirm(true);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        const Request request = m_ui.request(id);
        QCOMPARE(request.status, RequestStatus::ClosedNoCapacity);
        QCOMPARE(request.closeReason, QStringLiteral("UPS penuh"));
    }

    void applicationMarksAnInvalidDomainAndKeepsSaveDisabled()
    {
        const qint64 id = requestAt(3);
        FormStepPage *page = m_ui.open(StepPageKind::Application, id);
        QCOMPARE(widget<QLabel>(page, QStringLiteral("unitName"))->text(),
                 QStringLiteral("Dinas Kesehatan"));
        QCOMPARE(widget<ValidatedLineEdit>(page, QStringLiteral("nip"))->text(),
                 QStringLiteral("19731008 199203 2 001"));
        auto *domain = widget<ValidatedLineEdit>(page, QStringLiteral("domain"));
        typeInto(widget<ValidatedLineEdit>(page, QStringLiteral("contactPhone")),
                 QStringLiteral("0812-2345-6789"));

        // WHEN the domain typed is not a host name
        QTest::keyClicks(domain->lineEdit(), QStringLiteral("simpus dinkes"));

        // THEN, after the pause, the field says so and Save is disabled with the reason
        QTRY_VERIFY(!domain->problem().isEmpty());
        QVERIFY(!saveButton(page)->isEnabled());
        QCOMPARE(saveButton(page)->toolTip(), domain->problem());

        // WHEN it is corrected, Save comes back and the form is stored
        typeInto(domain, QStringLiteral("simpus.cirebonkab.go.id"));
        QVERIFY(domain->problem().isEmpty());
        QVERIFY(saveButton(page)->isEnabled());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(id).step, SopStep(4));
        const Application application = must(StepRepository(db()).application(id), "application");
        QCOMPARE(application.domain, QStringLiteral("simpus.cirebonkab.go.id"));
        QCOMPARE(application.officerId, m_ui.session.dc.officer.id);
        QVERIFY(application.permanent);
    }

    void approvalReservesTheProposedPlacement()
    {
        const qint64 id = requestAt(4);
        FormStepPage *page = m_ui.open(StepPageKind::Approval, id);
        QVERIFY(widget<QRadioButton>(page, QStringLiteral("decisionApprove"))->isChecked());
        QCOMPARE(widget<SearchableComboBox>(page, QStringLiteral("server1Rack"))->currentText(),
                 QStringLiteral("R01"));
        QVERIFY(page->findChildren<QLineEdit *>().size() > 0);
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("server1Password"))); // never on screen
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("approvalReasons")),
                         QStringLiteral("Kapasitas tersedia"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1SerialNumber")),
                         QStringLiteral("SN-123"));
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1HostAdminUser")),
                         QStringLiteral("admin"));

        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(page->message(), QString());
        QCOMPARE(m_ui.request(id).step, SopStep(5));
        const QList<Placement> placements =
            must(PlacementRepository(db()).ofRequest(id), "placements");
        QCOMPARE(placements.size(), 1);
        QCOMPARE(placements[0].rackId, m_ui.session.dc.racks[0].id);
        QCOMPARE(placements[0].serialNumber, QStringLiteral("SN-123"));
        QCOMPARE(placements[0].hostAdminUser, QStringLiteral("admin"));
        QCOMPARE(placements[0].ipAddresses.size(), 1);
    }

    void rejectionAsksFirstThenClosesTheRequest()
    {
        const qint64 id = requestAt(4);
        FormStepPage *page = m_ui.open(StepPageKind::Approval, id);
        widget<QRadioButton>(page, QStringLiteral("decisionReject"))->click();
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("approvalReasons")),
                         QStringLiteral("Aplikasi sudah ada di pusat"));
        m_ui.dialogs.setNextConfirm(true);

        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QVERIFY(m_ui.dialogs.shown().last().contains(QStringLiteral("closed as rejected")));
        const Request request = m_ui.request(id);
        QCOMPARE(request.status, RequestStatus::ClosedRejected);
        QCOMPARE(request.closeReason, QStringLiteral("Aplikasi sudah ada di pusat"));
    }

    void notificationAndDeliveryRecordTheirNotes()
    {
        const qint64 id = requestAt(5);
        FormStepPage *page = m_ui.open(StepPageKind::Notification, id);
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("reportNote")),
                         QStringLiteral("Surat dikirim"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(id).step, SopStep(6));

        page = m_ui.open(StepPageKind::Delivery, id);
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("reportNote")),
                         QStringLiteral("Server diantar"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(id).step, SopStep(7));
        QCOMPARE(must(StepRepository(db()).stepReport(id, SopStep::Delivery), "report").note,
                 QStringLiteral("Server diantar"));
    }

    void handoverIsRefusedUntilEveryDifferenceHasANote()
    {
        KOLOKASI_VERIFY_OK(SettingsService(db()).saveSignatory(
            {Signatory::kDataCentreOfficer, QStringLiteral("AHMAD FAUZI, S.T."),
             QStringLiteral("198505122010011004"), QStringLiteral("Personil Data Center")}));
        const qint64 id = requestAt(7);
        FormStepPage *page = m_ui.open(StepPageKind::Handover, id);
        QVERIFY(widget<QLabel>(page, QStringLiteral("handoverDateInWords"))
                    ->text()
                    .startsWith(QStringLiteral(
                        "Pada hari ini, Rabu tanggal dua puluh lima bulan November")));
        QVERIFY(saveButton(page)->isEnabled()); // delivered as requested
        QCOMPARE(widget<ValidatedLineEdit>(page, QStringLiteral("giverNip"))
                     ->lineEdit()
                     ->nextInFocusChain(),
                 widget<QLineEdit>(
                     page, QStringLiteral("server1ProcessorDelivered"))); // Tab follows the form

        // WHEN the delivered RAM differs
        auto *ram = widget<QLineEdit>(page, QStringLiteral("server1RamDelivered"));
        ram->clear();
        QTest::keyClicks(ram, QStringLiteral("32 GB"));

        // THEN the difference is marked in words and Save waits for a note
        QVERIFY(widget<QLabel>(page, QStringLiteral("server1RamCheck"))
                    ->text()
                    .contains(QStringLiteral("Differs")));
        QVERIFY(!saveButton(page)->isEnabled());
        QVERIFY(saveButton(page)->toolTip().contains(QStringLiteral("srv-simpus")));

        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("server1Note")),
                         QStringLiteral("Cukup untuk SIMPUS"));
        // the receiver: the data-centre officer of Pengaturan, offered and chosen
        QCOMPARE(widget<SearchableComboBox>(page, QStringLiteral("receiverName"))->currentText(),
                 QStringLiteral("AHMAD FAUZI, S.T."));
        QCOMPARE(widget<ValidatedLineEdit>(page, QStringLiteral("receiverNip"))->text(),
                 QStringLiteral("19850512 201001 1 004"));
        QVERIFY(saveButton(page)->isEnabled());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(page->message(), QString());
        QCOMPARE(m_ui.request(id).step, SopStep(8));
        const Server server = must(ServerRepository(db()).serversOf(id), "servers").first();
        QVERIFY(server.delivered.has_value());
        QCOMPARE(server.delivered->ram, QStringLiteral("32 GB"));
        QCOMPARE(server.delivered->mismatchNote, QStringLiteral("Cukup untuk SIMPUS"));
        const Handover handover = must(StepRepository(db()).handover(id), "handover");
        QCOMPARE(handover.giverName, m_ui.session.dc.officer.name);
        QCOMPARE(handover.receiverNip, QStringLiteral("198505122010011004"));
    }

    void handoverOffersNewHandingAndReceivingOfficersWithTheTypedNames()
    {
        // GIVEN a request at serah terima whose handing officer is not yet recorded
        const qint64 id = requestAt(7);
        FormStepPage *page = m_ui.open(StepPageKind::Handover, id);
        auto *giver = widget<SearchableComboBox>(page, QStringLiteral("giverName"));
        QCOMPARE(giver->currentText(), m_ui.session.dc.officer.name); // the step-4 officer
        QCOMPARE(giver->choiceCount(), 1);

        // WHEN a new name is typed and Enter pressed
        // THEN Unit & Pejabat's officer dialog opens with it; saved, the officer is chosen
        auto *dialog = askToAdd<OfficerDialog>(page, giver, QStringLiteral("Ir. BUDI SANTOSO"));
        QVERIFY(dialog);
        QCOMPARE(widget<ValidatedLineEdit>(dialog, QStringLiteral("officerName"))->text(),
                 QStringLiteral("Ir. BUDI SANTOSO"));
        QVERIFY(saveOfficerDialog(page, dialog, QStringLiteral("197203151998031007")));
        QCOMPARE(giver->currentText(), QStringLiteral("Ir. BUDI SANTOSO"));
        QCOMPARE(widget<ValidatedLineEdit>(page, QStringLiteral("giverNip"))->text(),
                 QStringLiteral("19720315 199803 1 007"));
        const auto officers = must(UnitRepository(db()).officersOf(m_ui.session.dc.unit.id), "o");
        QCOMPARE(officers.size(), 2);

        // and a name that is no officer is not kept on leaving the field
        QVERIFY(typeAndLeave(giver, QStringLiteral("Nobody")));
        QCOMPARE(giver->currentText(), QStringLiteral("Ir. BUDI SANTOSO"));

        // WHEN the receiver, none recorded in Pengaturan yet, is typed and Enter pressed
        auto *receiver = widget<SearchableComboBox>(page, QStringLiteral("receiverName"));
        QCOMPARE(receiver->choiceCount(), 0);
        // THEN the officer form opens with the name; saved, it is the receiving officer
        dialog = askToAdd<OfficerDialog>(page, receiver, QStringLiteral("AHMAD FAUZI, S.T."));
        QVERIFY(dialog);
        QCOMPARE(widget<ValidatedLineEdit>(dialog, QStringLiteral("officerName"))->text(),
                 QStringLiteral("AHMAD FAUZI, S.T."));
        QVERIFY(saveOfficerDialog(page, dialog, QStringLiteral("198505122010011004"),
                                  QStringLiteral("Personil Data Center")));
        QCOMPARE(receiver->currentText(), QStringLiteral("AHMAD FAUZI, S.T."));
        QCOMPARE(widget<ValidatedLineEdit>(page, QStringLiteral("receiverNip"))->text(),
                 QStringLiteral("19850512 201001 1 004"));
        QCOMPARE(must(SettingsService(db()).handoverReceiver(), "receiver").name,
                 QStringLiteral("AHMAD FAUZI, S.T."));
        QVERIFY2(saveButton(page)->isEnabled(), qPrintable(saveButton(page)->toolTip()));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(page->message(), QString());
        const Handover handover = must(StepRepository(db()).handover(id), "handover");
        QCOMPARE(handover.giverName, QStringLiteral("Ir. BUDI SANTOSO"));
        QCOMPARE(handover.receiverName, QStringLiteral("AHMAD FAUZI, S.T."));
        QCOMPARE(handover.giverNip, QStringLiteral("197203151998031007"));
    }

    void completionReportCompletesTheRequest()
    {
        const qint64 id = requestAt(8);
        FormStepPage *page = m_ui.open(StepPageKind::Completion, id);
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("reportNote")),
                         QStringLiteral("Dapat diakses"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        const Request request = m_ui.request(id);
        QCOMPARE(request.step, SopStep::Completion);
        QCOMPARE(request.status, RequestStatus::Completed);
    }

    void aSaveAfterAnotherAdminMovedTheRequestOffersToReload()
    {
        // GIVEN the disposition page open while another admin disposes the request elsewhere
        const qint64 id = requestAt(1);
        FormStepPage *page = m_ui.open(StepPageKind::Disposition, id);
        QTest::keyClicks(widget<QLineEdit>(page, QStringLiteral("toWhom")),
                         QStringLiteral("Tim DC"));
        auto second = m_ui.session.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        second.value()->setActor(QStringLiteral("budi.dc"));
        KOLOKASI_VERIFY_OK(RequestWorkflow(*second.value())
                               .dispose(id, {0, {}, QStringLiteral("Seksi TI"), {}, 0}));

        // WHEN this admin saves
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        // THEN nothing is overwritten and the page says who changed it, offering to reload
        QCOMPARE(must(StepRepository(db()).disposition(id), "disposition").toWhom,
                 QStringLiteral("Seksi TI"));
        QVERIFY(page->message().contains(QStringLiteral("budi.dc")));
        auto *reload = widget<QPushButton>(page, QStringLiteral("messageBarAction"));
        QVERIFY(reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(widget<QLineEdit>(page, QStringLiteral("toWhom"))->text(),
                 QStringLiteral("Seksi TI"));
        QVERIFY(!page->hasUnsavedInput());
    }

    void theNextStepPageFollowsTheCoresNextActions()
    {
        // GIVEN a request at step 4 and a rejected one
        const qint64 open = requestAt(4);
        const qint64 rejected = requestAt(4);
        Approval rejection;
        rejection.reasons = QStringLiteral("Tidak sesuai");
        KOLOKASI_VERIFY_OK(m_ui.session.flow().decide(rejected, rejection));

        // THEN the open one continues on the approval page, the rejected one on none
        const auto next = m_ui.session.flow().nextActions(open);
        KOLOKASI_VERIFY_OK(next);
        QCOMPARE(stepPageFor(*next), StepPageKind::Approval);
        const auto closed = m_ui.session.flow().nextActions(rejected);
        KOLOKASI_VERIFY_OK(closed);
        QVERIFY(!stepPageFor(*closed).has_value());
    }

    void applicationMarksEveryProblemAtOnce()
    {
        // GIVEN the application form with no officer and no address
        const qint64 id = requestAt(3);
        FormStepPage *page = m_ui.open(StepPageKind::Application, id);
        auto *officer = widget<SearchableComboBox>(page, QStringLiteral("officer"));
        officer->lineEdit()->clear();
        auto *address = widget<QLineEdit>(page, QStringLiteral("unitAddress"));
        address->clear();
        typeInto(widget<ValidatedLineEdit>(page, QStringLiteral("contactPhone")),
                 QStringLiteral("0812-2345-6789"));
        typeInto(widget<ValidatedLineEdit>(page, QStringLiteral("domain")),
                 QStringLiteral("simpus.cirebonkab.go.id"));

        // WHEN saving
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        // THEN both fields are marked with their message, and nothing is stored
        QVERIFY(!officer->toolTip().isEmpty());
        QVERIFY(!address->toolTip().isEmpty());
        QVERIFY(page->message().contains(officer->toolTip()));
        QVERIFY(page->message().contains(address->toolTip()));
        QCOMPARE(m_ui.request(id).step, SopStep::CapacityCheck);
        QVERIFY(!StepRepository(db()).application(id).ok());
    }
};

QTEST_MAIN(TestStepPages)
#include "tst_steppages.moc"
