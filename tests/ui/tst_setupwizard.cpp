// The first-run guide driven as an admin does: from an empty database to a window ready for
// the first request; Cancel leaves the database empty; Back keeps what was typed; Next stays
// disabled with the reason while a page's rule refuses; the sample data instead.
#include "MainWindow.h"
#include "ResultAssertions.h"
#include "ScriptedDialogs.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "UiContext.h"
#include "WidgetLookup.h"
#include "capacity/CapacityCalculator.h"
#include "pages/ApplicationStepPage.h"
#include "pages/RequestPage.h"
#include "pages/StepPage.h"
#include "services/DataCentreService.h"
#include "store/DatabaseContents.h"
#include "store/RequestRepository.h"
#include "services/SettingsService.h"
#include "widgets/AdminChooser.h"
#include "widgets/OfficerDialog.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/UnitDialog.h"
#include "widgets/ValidatedLineEdit.h"
#include "widgets/setup/SetupWizard.h"
#include "workflow/RequestWorkflow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using kolokasi::test::in;

namespace {
void type(QWidget *page, const QString &field, const QString &text)
{
    QLineEdit *edit = in<ValidatedLineEdit>(page, field)->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_db;
    ScriptedDialogs m_dialogs;
    QTemporaryDir m_settings;
    std::unique_ptr<SetupWizard> m_wizard;

    Database &db() { return m_db.db(); }
    QPushButton *button(const QString &name) { return in<QPushButton>(m_wizard.get(), name); }
    QWidget *page() { return m_wizard->currentPage(); }
    void next()
    {
        QVERIFY2(button(QStringLiteral("setupNext"))->isEnabled(),
                 qPrintable(button(QStringLiteral("setupNext"))->toolTip()));
        QTest::mouseClick(button(QStringLiteral("setupNext")), Qt::LeftButton);
    }
    bool holdsData()
    {
        const auto holds = DatabaseContents(db()).holdsData();
        return holds.ok() && *holds;
    }

    void fillAgency()
    {
        QCOMPARE(page()->objectName(), QStringLiteral("setupAgencyPage"));
        type(page(), QStringLiteral("governmentName"),
             QStringLiteral("PEMERINTAH KABUPATEN KUNINGAN"));
        type(page(), QStringLiteral("officeName"),
             QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
        type(page(), QStringLiteral("address"), QStringLiteral("Jl. Aruji Kartawinata No. 15"));
        type(page(), QStringLiteral("phone"), QStringLiteral("(0232) 871023"));
        type(page(), QStringLiteral("place"), QStringLiteral("Kuningan"));
    }
    void fillPeople()
    {
        QCOMPARE(page()->objectName(), QStringLiteral("setupPeoplePage"));
        type(page(), QStringLiteral("headName"), QStringLiteral("Ir. DEDI SUPRIADI, M.T."));
        type(page(), QStringLiteral("headNip"), QStringLiteral("19750314 200003 1 002"));
        type(page(), QStringLiteral("officerName"), QStringLiteral("RINA AGUSTINA, S.Kom."));
        type(page(), QStringLiteral("officerNip"), QStringLiteral("199008172015022001"));
    }

private slots:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        KOLOKASI_VERIFY_OK(m_db.start());
        m_dialogs = ScriptedDialogs();
        m_wizard = std::make_unique<SetupWizard>(db(), m_dialogs);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_db.stop();
    }

    void guidesFromAnEmptyDatabaseToAWindowReadyForTheFirstRequest()
    {
        // GIVEN the guide on an empty database: the agency page refuses until it is filled
        QCOMPARE(page()->objectName(), QStringLiteral("setupWelcomePage"));
        next();
        QVERIFY(!button(QStringLiteral("setupNext"))->isEnabled());
        fillAgency();
        next();
        fillPeople();
        next();
        QCOMPARE(page()->objectName(), QStringLiteral("setupDataCentrePage"));
        in<QSpinBox>(page(), QStringLiteral("rackCount"))->setValue(3);
        next();
        QCOMPARE(page()->objectName(), QStringLiteral("setupFacilitiesPage"));
        in<QSpinBox>(page(), QStringLiteral("upsCapacity"))->setValue(16000);
        in<QSpinBox>(page(), QStringLiteral("bandwidth"))->setValue(500);
        type(page(), QStringLiteral("poolCidr"), QStringLiteral("103.10.20.0/26"));
        next();
        QCOMPARE(page()->objectName(), QStringLiteral("setupFirstUnitPage"));
        type(page(), QStringLiteral("unitName"), QStringLiteral("Dinas Kesehatan"));
        type(page(), QStringLiteral("unitShortName"), QStringLiteral("Dinkes"));
        QVERIFY(!holdsData()); // nothing is written before Finish

        // WHEN Finish is clicked
        QTest::mouseClick(button(QStringLiteral("setupFinish")), Qt::LeftButton);

        // THEN everything is stored and the guide closed
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
        QVERIFY(m_dialogs.shown().isEmpty());
        auto racks = DataCentreService(db()).allRacks();
        KOLOKASI_VERIFY_OK(racks);
        QCOMPARE(racks->size(), 3);
        QCOMPARE(AdminChooser::officersOf(db()).first(), QStringLiteral("RINA AGUSTINA, S.Kom."));

        // and the window registers the first request with the unit from the guide
        db().setActor(QStringLiteral("RINA AGUSTINA, S.Kom."));
        RequestWorkflow workflow(db());
        UiContext context{db(), workflow, m_dialogs, db().clock()};
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startNewRequest();
        auto *view = window.findChild<RequestPage *>();
        StepPage *letter = view->stepPage();
        QTest::keyClicks(in<ValidatedLineEdit>(letter, QStringLiteral("letterNumber"))->lineEdit(),
                         QStringLiteral("445/12/Dinkes/2026"));
        auto *unit = in<SearchableComboBox>(letter, QStringLiteral("unit"));
        QCOMPARE(unit->choiceCount(), 1);
        QTest::keyClicks(unit->lineEdit(), QStringLiteral("Dinas Kesehatan"));
        QTest::keyClicks(in<QLineEdit>(letter, QStringLiteral("subject")),
                         QStringLiteral("Co-location SIMPUS"));
        QTest::keyClicks(in<QLineEdit>(letter, QStringLiteral("server1Name")),
                         QStringLiteral("srv-simpus"));
        auto *save = in<QPushButton>(letter, QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(view->requestId() > 0);
        auto request = RequestRepository(db()).find(view->requestId());
        KOLOKASI_VERIFY_OK(request);
        QCOMPARE(request->letterNumber, QStringLiteral("445/12/Dinkes/2026"));
    }

    // Issue 16, points 2 and 3: a PPPK data-centre officer is taken when PPPK is chosen (as in
    // Unit & Pejabat), a PNS reading names the wrong month, and the sign-in offers that officer.
    void takesAPppkOfficerAndTheSignInOffersHim()
    {
        next();
        fillAgency();
        next();
        fillPeople();
        auto *nip = in<ValidatedLineEdit>(page(), QStringLiteral("officerNip"));
        type(page(), QStringLiteral("officerName"), QStringLiteral("BAYU PRATAMA, S.Kom."));
        type(page(), QStringLiteral("officerNip"), QStringLiteral("199811022024211017"));
        // WHEN read as a PNS's NIP, THEN the message names the month "21", not the 15-year rule
        QVERIFY(!nip->validateNow());
        QVERIFY2(nip->problem().contains(QStringLiteral("\"21\" is not a month")),
                 qPrintable(nip->problem()));
        QVERIFY(!button(QStringLiteral("setupNext"))->isEnabled());
        // WHEN PPPK is chosen with the keyboard, THEN the number is taken and Next is enabled
        auto *pppk = in<QRadioButton>(page(), QStringLiteral("officerKindPppk"));
        pppk->setFocus();
        QTest::keyClick(pppk, Qt::Key_Space);
        QVERIFY(pppk->isChecked());
        QTRY_VERIFY(nip->problem().isEmpty());
        next();
        QCOMPARE(page()->objectName(), QStringLiteral("setupDataCentrePage"));
        next();
        type(page(), QStringLiteral("poolCidr"), QStringLiteral("103.147.8.0/26"));
        next();
        QTest::mouseClick(button(QStringLiteral("setupFinish")), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QVERIFY2(m_dialogs.shown().isEmpty(),
                 qPrintable(m_dialogs.shown().join(QLatin1Char('\n'))));
        auto officer = SettingsService(db()).signatory(Signatory::kDataCentreOfficer);
        KOLOKASI_VERIFY_OK(officer);
        QCOMPARE(officer->kind, EmployeeKind::Pppk);
        QCOMPARE(officer->nip, QStringLiteral("199811022024211017"));

        // THEN the sign-in offers the guide's officer first, not the login name, and takes no
        // typed name
        db().setActor(QStringLiteral("admin"));
        AdminChooser chooser(AdminChooser::officersOf(db()), db().actor());
        QCOMPARE(chooser.chosenName(), QStringLiteral("BAYU PRATAMA, S.Kom."));
        auto *names = in<QComboBox>(&chooser, QStringLiteral("adminName"));
        QVERIFY(!names->isEditable());
        QTest::keyClicks(names, QStringLiteral("admin"));
        QVERIFY(AdminChooser::officersOf(db()).contains(chooser.chosenName()));
    }

    // Issue 16, point 4: the guide asks the gateway, suggesting the first address, and the
    // capacity check never proposes the network, broadcast or gateway address.
    void asksTheGatewayAndProposalsSkipIt()
    {
        next();
        fillAgency();
        next();
        fillPeople();
        next();
        QCOMPARE(page()->objectName(), QStringLiteral("setupDataCentrePage"));
        next();
        type(page(), QStringLiteral("poolCidr"), QStringLiteral("103.147.8.0/26"));
        auto *gateway = in<ValidatedLineEdit>(page(), QStringLiteral("poolGateway"));
        QCOMPARE(gateway->text(), QStringLiteral("103.147.8.1"));
        QVERIFY(in<QLabel>(page(), QStringLiteral("poolGatewayHint"))
                    ->text()
                    .contains(QStringLiteral("first address")));
        // a gateway outside the network is refused on the page
        type(page(), QStringLiteral("poolGateway"), QStringLiteral("10.0.0.1"));
        QTRY_VERIFY(!button(QStringLiteral("setupNext"))->isEnabled());
        type(page(), QStringLiteral("poolGateway"), QStringLiteral("103.147.8.62"));
        next();
        QTest::mouseClick(button(QStringLiteral("setupFinish")), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        auto snapshot = CapacityCalculator(db()).snapshot();
        KOLOKASI_VERIFY_OK(snapshot);
        QStringList addresses;
        for (const FreeAddress &address : snapshot->freePublicAddresses)
            addresses.append(address.address);
        QCOMPARE(addresses.size(), 61); // 64 less network, broadcast and gateway
        QCOMPARE(addresses.first(), QStringLiteral("103.147.8.1")); // freed by the gateway set
        QVERIFY(!addresses.contains(QStringLiteral("103.147.8.0")));
        QVERIFY(!addresses.contains(QStringLiteral("103.147.8.62")));
        QVERIFY(!addresses.contains(QStringLiteral("103.147.8.63")));
    }

    // Issue 16, point 1: from an empty database, the unit at step 1 and the responsible officer
    // at step 4 are added right in their pickers with Unit & Pejabat's dialogs, by keyboard.
    void picksAddTheUnitAndTheOfficerThatDoNotExistYet()
    {
        next();
        fillAgency();
        next();
        fillPeople();
        next();
        next();
        type(page(), QStringLiteral("poolCidr"), QStringLiteral("103.147.8.0/26"));
        next();
        QTest::mouseClick(button(QStringLiteral("setupFinish")), Qt::LeftButton); // no unit yet
        QTRY_VERIFY(!m_wizard->isVisible());
        db().setActor(QStringLiteral("RINA AGUSTINA, S.Kom."));
        RequestWorkflow workflow(db());
        UiContext context{db(), workflow, m_dialogs, db().clock()};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startNewRequest();
        auto *view = window.findChild<RequestPage *>();
        StepPage *letter = view->stepPage();
        auto *unit = in<SearchableComboBox>(letter, QStringLiteral("unit"));
        QCOMPARE(unit->choiceCount(), 0);

        // WHEN a unit that does not exist is typed and Enter pressed
        QTest::keyClicks(unit->lineEdit(), QStringLiteral("Dinas Pendidikan"));
        QTest::keyClick(unit->lineEdit(), Qt::Key_Return);
        // THEN Unit & Pejabat's dialog opens with the typed name; Enter saves it and it is chosen
        auto *unitDialog = letter->findChild<UnitDialog *>();
        QVERIFY(unitDialog);
        QTRY_VERIFY(unitDialog->isVisible());
        QCOMPARE(in<ValidatedLineEdit>(unitDialog, QStringLiteral("unitName"))->text(),
                 QStringLiteral("Dinas Pendidikan"));
        QTest::keyClicks(in<QLineEdit>(unitDialog, QStringLiteral("unitCode")),
                         QStringLiteral("Disdik"));
        QTest::keyClick(in<QLineEdit>(unitDialog, QStringLiteral("unitCode")), Qt::Key_Return);
        QTRY_VERIFY(!letter->findChild<UnitDialog *>());
        QCOMPARE(unit->currentText(), QStringLiteral("Dinas Pendidikan"));
        QVERIFY(unit->currentId() > 0);

        // and text that names no unit is never kept
        QTest::keyClicks(in<ValidatedLineEdit>(letter, QStringLiteral("letterNumber"))->lineEdit(),
                         QStringLiteral("421/88/Disdik/2026"));
        QTest::keyClicks(in<QLineEdit>(letter, QStringLiteral("subject")),
                         QStringLiteral("Co-location Dapodik"));
        QTest::keyClicks(in<QLineEdit>(letter, QStringLiteral("server1Name")),
                         QStringLiteral("srv-dapodik"));
        auto *save = in<QPushButton>(letter, QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
        QTest::mouseClick(save, Qt::LeftButton);
        const qint64 id = view->requestId();
        QVERIFY(id > 0);
        KOLOKASI_VERIFY_OK(
            workflow.dispose(id, {0, {}, QStringLiteral("Seksi Infrastruktur TI"), {}, 0}));
        KOLOKASI_VERIFY_OK(workflow.checkCapacity(id, {true, QStringLiteral("Cukup")}));

        // WHEN step 4 opens: the unit has no officer; the typed name goes to the officer dialog
        window.openRequest(id);
        StepPage *application = window.findChild<RequestPage *>()->stepPage();
        QVERIFY(qobject_cast<ApplicationStepPage *>(application));
        auto *officer = in<SearchableComboBox>(application, QStringLiteral("officer"));
        QCOMPARE(officer->choiceCount(), 0);
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("Drs. AGUS SALIM"));
        QTest::keyClick(officer->lineEdit(), Qt::Key_Return);
        auto *officerDialog = application->findChild<OfficerDialog *>();
        QVERIFY(officerDialog);
        QCOMPARE(in<ValidatedLineEdit>(officerDialog, QStringLiteral("officerName"))->text(),
                 QStringLiteral("Drs. AGUS SALIM"));
        // the PPPK choice and its rule, as in Unit & Pejabat
        auto *pppk = in<QRadioButton>(officerDialog, QStringLiteral("officerKindPppk"));
        pppk->setFocus();
        QTest::keyClick(pppk, Qt::Key_Space);
        QLineEdit *number =
            in<ValidatedLineEdit>(officerDialog, QStringLiteral("officerNumber"))->lineEdit();
        QTest::keyClicks(number, QStringLiteral("199811022024211017"));
        QTest::keyClick(number, Qt::Key_Return);
        QTRY_VERIFY(!application->findChild<OfficerDialog *>());
        // THEN the new officer is chosen with the NIP shown
        QCOMPARE(officer->currentText(), QStringLiteral("Drs. AGUS SALIM"));
        QCOMPARE(in<ValidatedLineEdit>(application, QStringLiteral("nip"))->text(),
                 QStringLiteral("19981102 202421 1 017"));
        // and a name that is no officer is dropped on leaving, not kept for Simpan to refuse
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        officer->lineEdit()->setFocus();
        officer->lineEdit()->selectAll();
        QTest::keyClicks(officer->lineEdit(), QStringLiteral("Nobody"));
        QTest::keyClick(officer->lineEdit(), Qt::Key_Tab);
        QTRY_VERIFY(!officer->lineEdit()->hasFocus());
        QCOMPARE(officer->currentText(), QStringLiteral("Drs. AGUS SALIM"));
    }

    void cancelLeavesTheDatabaseEmpty()
    {
        next();
        fillAgency();
        next();
        fillPeople();
        QTest::mouseClick(button(QStringLiteral("setupCancel")), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
        QVERIFY(!holdsData());
    }

    void backKeepsWhatWasTyped()
    {
        next();
        fillAgency();
        next();
        type(page(), QStringLiteral("headName"), QStringLiteral("Ir. DEDI SUPRIADI, M.T."));
        QTest::mouseClick(button(QStringLiteral("setupBack")), Qt::LeftButton);
        QCOMPARE(page()->objectName(), QStringLiteral("setupAgencyPage"));
        QCOMPARE(in<ValidatedLineEdit>(page(), QStringLiteral("place"))->text(),
                 QStringLiteral("Kuningan"));
        next();
        QCOMPARE(in<ValidatedLineEdit>(page(), QStringLiteral("headName"))->text(),
                 QStringLiteral("Ir. DEDI SUPRIADI, M.T."));
    }

    void nextStaysDisabledWithTheReason()
    {
        next();
        fillAgency();
        next();
        fillPeople();
        // a NIP whose birth month is 13
        type(page(), QStringLiteral("officerNip"), QStringLiteral("199013172015022001"));
        auto *nip = in<ValidatedLineEdit>(page(), QStringLiteral("officerNip"));
        QVERIFY(!button(QStringLiteral("setupNext"))->isEnabled());
        QVERIFY(!button(QStringLiteral("setupNext"))->toolTip().isEmpty());
        QTRY_VERIFY(!nip->problem().isEmpty()); // marked under the field after the pause
        QVERIFY(button(QStringLiteral("setupNext"))->toolTip().contains(nip->problem()));
        type(page(), QStringLiteral("officerNip"), QStringLiteral("199008172015022001"));
        QVERIFY(button(QStringLiteral("setupNext"))->isEnabled());
        QVERIFY(button(QStringLiteral("setupNext"))->toolTip().isEmpty());
    }

    void theSampleDataIsFilledInsteadWhenChosen()
    {
        int fills = 0;
        m_wizard->setDemoFiller([&]() -> Status {
            ++fills;
            return {};
        });
        auto *demo = in<QRadioButton>(page(), QStringLiteral("setupDemo"));
        QTRY_VERIFY(demo->isVisible() && demo->width() > 0);
        QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(8, demo->height() / 2)); // on its circle
        QVERIFY(demo->isChecked());
        QTRY_VERIFY(button(QStringLiteral("setupFinish"))->isVisible());
        QTest::mouseClick(button(QStringLiteral("setupFinish")), Qt::LeftButton);
        QTRY_VERIFY(!m_wizard->isVisible());
        QCOMPARE(fills, 1);
        QVERIFY(m_wizard->filledDemo());
    }

    void withoutAFillerTheSampleDataIsNotOffered()
    {
        QVERIFY(!in<QRadioButton>(page(), QStringLiteral("setupDemo"))->isVisible());
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
