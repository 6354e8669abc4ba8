// Issue 16's walk, as a new admin makes it on the first day: an empty database, the first-run
// guide filled for Kabupaten Temanggung, then the first request from its letter to the laporan
// selesai through all nine steps with the keyboard alone (Enter, Tab, Space, Ctrl+N, Ctrl+S),
// every form of the request saved as PDF. No record is made behind the window's back: the unit
// and its officer are added where the step asks for them.
#include "MainWindow.h"
#include "ResultAssertions.h"
#include "ScriptedDialogs.h"
#include "TestDatabase.h"
#include "TestEnvironment.h"
#include "UiContext.h"
#include "WidgetLookup.h"
#include "pages/FormStepPage.h"
#include "pages/RequestPage.h"
#include "pages/StepPage.h"
#include "store/DocumentNumbering.h"
#include "store/PlacementRepository.h"
#include "store/RequestRepository.h"
#include "widgets/AdminChooser.h"
#include "widgets/OfficerDialog.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/UnitDialog.h"
#include "widgets/ValidatedLineEdit.h"
#include "widgets/setup/SetupWizard.h"
#include "workflow/RequestWorkflow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QtTest>

using namespace kolokasi;
using kolokasi::test::firstField;
using kolokasi::test::in;

namespace {

/// No mouse: the field takes the focus as Tab would bring it there, then the keys.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus(Qt::TabFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    QTest::keyClicks(field, text);
}

void typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus(Qt::TabFocusReason);
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

QLineEdit *lineOf(QWidget *parent, const QString &name)
{
    return in<ValidatedLineEdit>(parent, name)->lineEdit();
}

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

} // namespace

class TestFirstDayWalk : public QObject
{
    Q_OBJECT

private:
    test::PerTestDatabase m_db;
    ScriptedDialogs m_dialogs;
    QTemporaryDir m_settings;

    Database &db() { return m_db.db(); }

    /// Enter in the page's last field goes on, as Next would.
    void enterGoesOn(SetupWizard &wizard, QWidget *last, const QString &nextPage)
    {
        last->setFocus(Qt::TabFocusReason);
        QTest::keyClick(last, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage()->objectName(), nextPage);
    }

    void runTheGuideByKeyboard()
    {
        SetupWizard wizard(db(), m_dialogs);
        wizard.resize(1366, 768);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("setupWelcomePage"));
        QTest::keyClick(&wizard, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentPage()->objectName(), QStringLiteral("setupAgencyPage"));

        QWidget *page = wizard.currentPage();
        typeInto(lineOf(page, QStringLiteral("governmentName")),
                 QStringLiteral("PEMERINTAH KABUPATEN TEMANGGUNG"));
        typeInto(lineOf(page, QStringLiteral("officeName")),
                 QStringLiteral("DINAS KOMUNIKASI DAN INFORMATIKA"));
        typeInto(lineOf(page, QStringLiteral("address")),
                 QStringLiteral("Jl. Jenderal Sudirman No. 48 Temanggung"));
        typeInto(lineOf(page, QStringLiteral("place")), QStringLiteral("Temanggung"));
        // the numbering pattern offered is kept as it is
        QCOMPARE(lineOf(page, QStringLiteral("numberingPattern"))->text(),
                 DocumentNumbering::kDefaultPattern);
        enterGoesOn(wizard, lineOf(page, QStringLiteral("place")),
                    QStringLiteral("setupPeoplePage"));

        page = wizard.currentPage();
        typeInto(lineOf(page, QStringLiteral("headName")),
                 QStringLiteral("Drs. BAMBANG SUTRISNO, M.Si."));
        typeInto(lineOf(page, QStringLiteral("headNip")), QStringLiteral("197006151995031004"));
        typeInto(lineOf(page, QStringLiteral("officerName")),
                 QStringLiteral("DIMAS PRASETYO, S.Kom."));
        typeInto(lineOf(page, QStringLiteral("officerNip")), QStringLiteral("199304212019031008"));
        enterGoesOn(wizard, lineOf(page, QStringLiteral("officerNip")),
                    QStringLiteral("setupDataCentrePage"));

        page = wizard.currentPage();
        enterGoesOn(wizard, lineOf(page, QStringLiteral("nocName")),
                    QStringLiteral("setupFacilitiesPage"));

        page = wizard.currentPage();
        // what the capacity check weighs a request against (0 would mean there is none)
        typeNumber(in<QSpinBox>(page, QStringLiteral("upsCapacity")), 20000);
        typeNumber(in<QSpinBox>(page, QStringLiteral("gensetCapacity")), 40000);
        typeNumber(in<QSpinBox>(page, QStringLiteral("bandwidth")), 1000);
        typeInto(lineOf(page, QStringLiteral("poolCidr")), QStringLiteral("103.147.8.0/26"));
        enterGoesOn(wizard, lineOf(page, QStringLiteral("poolCidr")),
                    QStringLiteral("setupFirstUnitPage"));
        // no unit yet: the first request adds it where it is asked
        QTest::keyClick(wizard.currentPage(), Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    /// The unit's address: a new unit has none yet, the pengajuan asks it.
    static void typeAddress(StepPage *page, const QString &address)
    {
        QWidget *field = page->findChild<QWidget *>(QStringLiteral("unitAddress"));
        QVERIFY(field);
        if (auto *validated = qobject_cast<ValidatedLineEdit *>(field))
            field = validated->lineEdit();
        typeInto(field, address);
    }

    static void ctrlS(StepPage *page)
    {
        auto *save = in<QPushButton>(page, QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(),
                 qPrintable(page->objectName() + QLatin1String(": ") + save->toolTip()));
        // (a dialog that closed leaves the offscreen window inactive: the admin's click back)
        if (!page->window()->isActiveWindow()) {
            page->window()->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(page->window()));
        }
        if (!page->isAncestorOf(QApplication::focusWidget()))
            firstField(page)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    }

    /// Ctrl+S on the current step; the view then shows the step after it (or none).
    void saveStep(RequestPage *view, qint64 id, int expectedStep)
    {
        auto *form = qobject_cast<FormStepPage *>(view->stepPage());
        ctrlS(view->stepPage());
        const auto stepOf = [&] {
            const auto request = RequestRepository(db()).find(id);
            return request.ok() ? SopSteps::number(request->step) : -1;
        };
        QTRY_VERIFY2(
            stepOf() == expectedStep,
            qPrintable(QStringLiteral("at step %1; page says: %2; last message: %3")
                           .arg(stepOf())
                           .arg(form && view->stepPage() == form ? form->message() : QString())
                           .arg(m_dialogs.shown().value(m_dialogs.shown().size() - 1))));
    }

    /// Enter on a name that is no record opens the dialog with it; Enter there saves it.
    template <typename Dialog>
    void addThroughPicker(StepPage *page, const QString &picker, const QString &name,
                          const QString &field, const QString &value)
    {
        auto *box = in<SearchableComboBox>(page, picker);
        typeInto(box->lineEdit(), name);
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        Dialog *dialog = page->findChild<Dialog *>();
        QVERIFY2(dialog, qPrintable(picker));
        QTRY_VERIFY(dialog->isVisible());
        QLineEdit *line = nullptr;
        if (auto *validated = dialog->template findChild<ValidatedLineEdit *>(field))
            line = validated->lineEdit();
        else
            line = in<QLineEdit>(dialog, field);
        typeInto(line, value);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_VERIFY(!page->findChild<Dialog *>());
        QCOMPARE(box->currentText(), name);
        QVERIFY(box->currentId() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }
    void init() { KOLOKASI_VERIFY_OK(m_db.start()); }
    void cleanup() { m_db.stop(); }

    void fromAnEmptyDatabaseToACompletedRequestByKeyboard()
    {
        runTheGuideByKeyboard();
        // The sign-in offers the officer the guide entered; he acts every step.
        QCOMPARE(AdminChooser::officersOf(db()).value(0), QStringLiteral("DIMAS PRASETYO, S.Kom."));
        db().setActor(AdminChooser::officersOf(db()).value(0));
        RequestWorkflow workflow(db());
        UiContext context{db(), workflow, m_dialogs, db().clock()};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Step 1 from Ctrl+N: the letter, its unit added through the picker
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *view = window.findChild<RequestPage *>();
        QTRY_COMPARE(window.currentPage(), view);
        StepPage *page = view->stepPage();
        QVERIFY(page);
        typeInto(lineOf(page, QStringLiteral("letterNumber")),
                 QStringLiteral("555/41/Dinkes/2026"));
        addThroughPicker<UnitDialog>(page, QStringLiteral("unit"),
                                     QStringLiteral("Dinas Kesehatan"), QStringLiteral("unitCode"),
                                     QStringLiteral("Dinkes"));
        typeInto(in<QLineEdit>(page, QStringLiteral("subject")),
                 QStringLiteral("Permohonan co-location server SIMPUS"));
        typeInto(in<QLineEdit>(page, QStringLiteral("server1Name")), QStringLiteral("srv-simpus"));
        ctrlS(page);
        const qint64 id = view->requestId();
        QVERIFY(id > 0);

        // Step 2, disposition; step 3, capacity as proposed
        typeInto(in<QLineEdit>(view->stepPage(), QStringLiteral("toWhom")),
                 QStringLiteral("Seksi Infrastruktur TI"));
        saveStep(view, id, 2);
        saveStep(view, id, 3);

        // Step 4, the pengajuan: the unit has no officer yet, he is added here
        page = view->stepPage();
        addThroughPicker<OfficerDialog>(
            page, QStringLiteral("officer"), QStringLiteral("dr. RATNA WULANDARI"),
            QStringLiteral("officerNumber"), QStringLiteral("198205102008012011"));
        typeAddress(page, QStringLiteral("Jl. Dr. Sutomo No. 5 Temanggung"));
        typeInto(lineOf(page, QStringLiteral("contactPhone")), QStringLiteral("0812-2650-4411"));
        typeInto(lineOf(page, QStringLiteral("domain")),
                 QStringLiteral("simpus.temanggungkab.go.id"));
        saveStep(view, id, 4);

        // Step 5, the persetujuan: the proposal keeps the router's first address
        page = view->stepPage();
        typeInto(in<QPlainTextEdit>(page, QStringLiteral("approvalReasons")),
                 QStringLiteral("Kapasitas rak dan daya tersedia"));
        typeInto(in<QLineEdit>(page, QStringLiteral("server1SerialNumber")),
                 QStringLiteral("SN-TMG-0001"));
        saveStep(view, id, 5);
        const auto placements = PlacementRepository(db()).ofRequest(id);
        KOLOKASI_VERIFY_OK(placements);
        QCOMPARE(placements->first().ipAddresses, QStringList{QStringLiteral("103.147.8.2")});

        // Steps 6 to 9: pemberitahuan, penyerahan, serah terima, laporan selesai
        saveStep(view, id, 6);
        saveStep(view, id, 7);
        saveStep(view, id, 8);
        typeInto(in<QPlainTextEdit>(view->stepPage(), QStringLiteral("reportNote")),
                 QStringLiteral("Server dapat diakses"));
        ctrlS(view->stepPage());
        const auto done = RequestRepository(db()).find(id);
        KOLOKASI_VERIFY_OK(done);
        QCOMPARE(done->status, RequestStatus::Completed);
        QCOMPARE(view->stepPage(), nullptr);

        // Every form saved as PDF, with Space on its button: none is refused for a setting
        view->showTab(1);
        QTemporaryDir out;
        int saved = 0;
        // (the panel is laid anew once a number is issued: each button is looked up by name)
        QStringList buttons;
        for (QPushButton *pdf : view->findChildren<QPushButton *>()) {
            if (pdf->objectName().startsWith(QLatin1String("pdf_")) && pdf->isEnabled())
                buttons.append(pdf->objectName());
        }
        for (const QString &name : std::as_const(buttons)) {
            auto *pdf = in<QPushButton>(view, name);
            const QString path = out.filePath(name.mid(4) + QLatin1String(".pdf"));
            m_dialogs.setNextFileName(path);
            m_dialogs.setNextText(QStringLiteral("rahasia-awal"));
            pdf->setFocus(Qt::TabFocusReason);
            QTest::keyClick(pdf, Qt::Key_Space);
            QVERIFY2(QFileInfo(path).size() > 1000,
                     qPrintable(name + QLatin1String(": ") +
                                m_dialogs.shown().value(m_dialogs.shown().size() - 1)));
            ++saved;
        }
        QVERIFY2(saved >= 5, qPrintable(QString::number(saved)));
        // To look at the first day's printouts: KOLOKASI_WALK_PDF_DIR=/tmp/walk
        if (const QString keep = qEnvironmentVariable("KOLOKASI_WALK_PDF_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            for (const QString &name : std::as_const(buttons))
                QFile::copy(out.filePath(name.mid(4) + QLatin1String(".pdf")),
                            QDir(keep).filePath(name.mid(4) + QLatin1String(".pdf")));
        }
        const QString persetujuan = pdfText(out.filePath(QStringLiteral("persetujuan.pdf")));
        QVERIFY2(persetujuan.contains(QLatin1String("PEMERINTAH KABUPATEN TEMANGGUNG")),
                 qPrintable(persetujuan.left(400)));
        QVERIFY(persetujuan.contains(QLatin1String("Temanggung,")));
        QVERIFY(persetujuan.contains(QLatin1String("Drs. BAMBANG SUTRISNO, M.Si.")));
        const auto number =
            DocumentNumbering(db()).issuedForRequest(QStringLiteral("persetujuan"), id);
        KOLOKASI_VERIFY_OK(number);
        QVERIFY(persetujuan.contains(number->number));
    }
};

QTEST_MAIN(TestFirstDayWalk)
#include "tst_firstdaywalk.moc"
