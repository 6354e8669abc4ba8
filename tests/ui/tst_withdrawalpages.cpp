// The three pencabutan pages: a withdrawal of an active asset from the unit's letter to the
// freed rack units and addresses, and a rejected one.
#include "StepPageFixture.h"
#include "domain/Asset.h"
#include "pages/WithdrawalRegistrationPage.h"
#include "register/AssetRegister.h"
#include "store/PlacementRepository.h"
#include "services/SettingsService.h"
#include "store/WithdrawalRepository.h"
#include "widgets/SearchableComboBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

using namespace kolokasi;
using namespace kolokasi::test;

class TestWithdrawalPages : public QObject
{
    Q_OBJECT

private:
    StepPageSession m_ui;

    /// A completed request; returns its id.
    qint64 completedRequest()
    {
        RequestDriver &driver = m_ui.session.driver();
        const qint64 id = driver.registerLetter(driver.letter());
        driver.advanceTo(id, 9);
        return id;
    }

    RegisterEntry assetOf(qint64 requestId)
    {
        for (const RegisterEntry &entry :
             must(AssetRegister(m_ui.session.db()).entries(), "register")) {
            if (entry.asset.requestId == requestId)
                return entry;
        }
        qFatal("no asset for request %lld", requestId);
    }

    /// Registers a withdrawal of the request's asset through the page.
    void registerThroughThePage(qint64 requestId, qint64 *withdrawalId)
    {
        FormStepPage *page = m_ui.open(StepPageKind::WithdrawalRegistration, requestId);
        QSignalSpy saved(page, &StepPage::saved);
        QCOMPARE_NE(
            widget<SearchableComboBox>(page, QStringLiteral("withdrawalAsset"))->currentId(), 0);
        QCOMPARE(widget<QLabel>(page, QStringLiteral("assetNoc"))->text(),
                 QStringLiteral("NOC Utama"));
        QTest::keyClicks(
            widget<ValidatedLineEdit>(page, QStringLiteral("withdrawalLetterNumber"))->lineEdit(),
            QStringLiteral("445/300/Dinkes/2026"));
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("withdrawalReasons")),
                         QStringLiteral("Aplikasi pindah ke cloud nasional"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QVERIFY2(saved.count() == 1, qPrintable(page->message()));
        *withdrawalId = saved.first().first().toLongLong();
    }

    /// The decision page of a withdrawal registered through the page; null if that failed.
    FormStepPage *decisionPage(qint64 *withdrawalId)
    {
        registerThroughThePage(completedRequest(), withdrawalId);
        if (QTest::currentTestFailed())
            return nullptr;
        return m_ui.open(StepPageKind::WithdrawalDecision, *withdrawalId);
    }

private Q_SLOTS:
    void initTestCase() { prepareGuiTests(); }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void aWithdrawalFreesTheUnitsAndAddressesWhenCompleted()
    {
        // GIVEN an active asset and a registered, approved withdrawal
        const qint64 requestId = completedRequest();
        const RegisterEntry asset = assetOf(requestId);
        qint64 withdrawalId = 0;
        registerThroughThePage(requestId, &withdrawalId);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_ui.request(withdrawalId).kind, RequestKind::Withdrawal);

        FormStepPage *page = m_ui.open(StepPageKind::WithdrawalDecision, withdrawalId);
        QCOMPARE(
            widget<QPlainTextEdit>(page, QStringLiteral("withdrawalUnitReasons"))->toPlainText(),
            QStringLiteral("Aplikasi pindah ke cloud nasional"));
        QVERIFY(widget<QRadioButton>(page, QStringLiteral("withdrawalApprove"))->isChecked());
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(withdrawalId).step, SopStep::Approval);

        // WHEN completing: declined first, then confirmed
        page = m_ui.open(StepPageKind::WithdrawalCompletion, withdrawalId);
        m_ui.dialogs.setNextConfirm(false);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(m_ui.request(withdrawalId).status, RequestStatus::Open);
        m_ui.dialogs.setNextConfirm(true);
        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        // THEN the asset is withdrawn and its placement with its addresses released
        QCOMPARE(m_ui.request(withdrawalId).status, RequestStatus::Completed);
        QVERIFY(m_ui.dialogs.shown().last().contains(QStringLiteral("will be freed")));
        AssetFilter filter;
        filter.assetId = asset.asset.id;
        const RegisterEntry after =
            must(AssetRegister(m_ui.session.db()).entries(filter), "asset").first();
        QCOMPARE(after.asset.status, AssetStatus::Withdrawn);
        const Placement placement =
            must(PlacementRepository(m_ui.session.db()).find(asset.placement.id), "placement");
        QCOMPARE(placement.status, PlacementStatus::Released);
        for (const QString &address : asset.placement.ipAddresses)
            QVERIFY(
                !must(PlacementRepository(m_ui.session.db()).liveAddressTaken(address), "address"));
    }

    void aRejectedWithdrawalAsksFirstAndKeepsTheAsset()
    {
        const qint64 requestId = completedRequest();
        const RegisterEntry asset = assetOf(requestId);
        qint64 withdrawalId = 0;
        registerThroughThePage(requestId, &withdrawalId);
        if (QTest::currentTestFailed())
            return;
        FormStepPage *page = m_ui.open(StepPageKind::WithdrawalDecision, withdrawalId);
        widget<QRadioButton>(page, QStringLiteral("withdrawalReject"))->click();
        QTest::keyClicks(widget<QPlainTextEdit>(page, QStringLiteral("withdrawalDecisionReasons")),
                         QStringLiteral("Masih dipakai"));
        m_ui.dialogs.setNextConfirm(true);

        QTest::mouseClick(saveButton(page), Qt::LeftButton);

        QCOMPARE(m_ui.request(withdrawalId).status, RequestStatus::ClosedRejected);
        AssetFilter filter;
        filter.assetId = asset.asset.id;
        QCOMPARE(
            must(AssetRegister(m_ui.session.db()).entries(filter), "asset").first().asset.status,
            AssetStatus::Active);
    }

    void theHeadOfDivisionIsAddedFromTheDecisionWhenNoneIsRecorded()
    {
        // GIVEN a withdrawal to decide and no head of division in Pengaturan yet
        qint64 withdrawalId = 0;
        FormStepPage *page = decisionPage(&withdrawalId);
        if (!page)
            return;
        auto *head = widget<SearchableComboBox>(page, QStringLiteral("withdrawalDecidedBy"));
        QCOMPARE(head->choiceCount(), 0);
        QCOMPARE(head->currentText(), QString());

        // WHEN the head's name is typed and Enter pressed
        // THEN the officer form opens with it (PNS/PPPK and position, no phone: a signatory)
        auto *dialog =
            askToAdd<OfficerDialog>(page, head, QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        QVERIFY(dialog);
        QCOMPARE(widget<ValidatedLineEdit>(dialog, QStringLiteral("officerName"))->text(),
                 QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        QVERIFY(widget<QRadioButton>(dialog, QStringLiteral("officerKindPppk"))->isVisible());
        QVERIFY(!widget<ValidatedLineEdit>(dialog, QStringLiteral("officerPhone"))->isVisible());
        QVERIFY(saveOfficerDialog(page, dialog, QStringLiteral("197203151998031007"),
                                  QStringLiteral("Kepala Bidang Teknologi Informatika")));
        // and, saved as the head of division, the new officer is chosen
        QCOMPARE(head->currentText(), QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
        const Signatory stored =
            must(SettingsService(m_ui.session.db()).signatory(Signatory::kHeadOfDivision),
                 "head of division");
        QCOMPARE(stored.nip, QStringLiteral("197203151998031007"));

        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QCOMPARE(page->message(), QString());
        QCOMPARE(must(WithdrawalRepository(m_ui.session.db()).find(withdrawalId), "withdrawal")
                     .decidedBy,
                 QStringLiteral("Ir. HENDRA GUNAWAN, M.T."));
    }

    void aHeadOfDivisionNameThatIsNoOfficerIsNotKept()
    {
        qint64 withdrawalId = 0;
        FormStepPage *page = decisionPage(&withdrawalId);
        if (!page)
            return;
        auto *head = widget<SearchableComboBox>(page, QStringLiteral("withdrawalDecidedBy"));
        QVERIFY(typeAndLeave(head, QStringLiteral("Nobody")));
        QCOMPARE(head->currentText(), QString());
    }

    void registrationWithoutReasonsMarksTheField()
    {
        const qint64 requestId = completedRequest();
        FormStepPage *page = m_ui.open(StepPageKind::WithdrawalRegistration, requestId);
        QTest::keyClicks(
            widget<ValidatedLineEdit>(page, QStringLiteral("withdrawalLetterNumber"))->lineEdit(),
            QStringLiteral("445/301/Dinkes/2026"));
        QTest::mouseClick(saveButton(page), Qt::LeftButton);
        QVERIFY(!page->message().isEmpty());
        QTRY_VERIFY(widget<QPlainTextEdit>(page, QStringLiteral("withdrawalReasons"))->hasFocus());
    }
};

QTEST_MAIN(TestWithdrawalPages)
#include "tst_withdrawalpages.moc"
