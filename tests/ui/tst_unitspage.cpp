// Unit & Pejabat in the real window: editing an officer, each number checked by the rule of
// the officer's kind as typed, retiring out of the pickers, and a stale edit refused.
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "models/OfficerTableModel.h"
#include "pages/UnitsPage.h"
#include "store/UnitRepository.h"
#include "widgets/MessageBar.h"
#include "widgets/OfficerDialog.h"
#include "widgets/SearchableComboBox.h"
#include "widgets/ValidatedLineEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

using namespace kolokasi;
using kolokasi::test::must;

namespace {
const QString kNip = QStringLiteral("19731008 199203 2 001");
const QString kPppk = QStringLiteral("19920315 202121 2 001");
} // namespace

class TestUnitsPage : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_ui;

    UnitsPage *openPage()
    {
        MainWindow &window = m_ui.window();
        auto *navigation = m_ui.find<QListWidget>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->text() == QLatin1String("Units & Officers"))
                navigation->setCurrentRow(row);
        }
        auto *page = qobject_cast<UnitsPage *>(window.currentPage());
        if (!page)
            qFatal("the Units & Officers page did not open");
        return page;
    }

    template <typename T> T *widget(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }

    /// Opens the editor of the fixture's officer (the only officer of the only unit).
    OfficerDialog *editTheOfficer(UnitsPage *page)
    {
        auto *officers = widget<QTableView>(page, QStringLiteral("officerTable"));
        officers->setCurrentIndex(officers->model()->index(0, 0));
        widget<QPushButton>(page, QStringLiteral("editOfficer"))->click();
        auto *dialog = qobject_cast<OfficerDialog *>(page->openDialog());
        if (!dialog)
            qFatal("no officer dialog opened");
        return dialog;
    }

    static void retype(ValidatedLineEdit *field, const QString &text)
    {
        field->lineEdit()->selectAll();
        QTest::keyClicks(field->lineEdit(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void editingAnOfficerStoresTheKindAndNumber()
    {
        // GIVEN the page with the fixture's unit and its PNS officer
        UnitsPage *page = openPage();
        OfficerDialog *dialog = editTheOfficer(page);
        // WHEN the admin renames them, makes them PPPK with a PPPK number and saves
        retype(widget<ValidatedLineEdit>(dialog, QStringLiteral("officerName")),
               QStringLiteral("SUMARINAH, S.Kom, M.T."));
        widget<QRadioButton>(dialog, QStringLiteral("officerKindPppk"))->click();
        retype(widget<ValidatedLineEdit>(dialog, QStringLiteral("officerNumber")), kPppk);
        auto *save = widget<QPushButton>(dialog, QStringLiteral("recordSave"));
        QTRY_VERIFY(save->isEnabled());
        save->click();
        // THEN it is stored, the dialog closes and the table shows it
        QTRY_VERIFY(!page->openDialog());
        const Officer stored =
            must(UnitRepository(m_ui.db()).findOfficer(m_ui.session.dc.officer.id), "officer");
        QCOMPARE(stored.name, QStringLiteral("SUMARINAH, S.Kom, M.T."));
        QCOMPARE(stored.kind, EmployeeKind::Pppk);
        QCOMPARE(stored.nip, QStringLiteral("199203152021212001"));
        auto *officers = widget<QTableView>(page, QStringLiteral("officerTable"));
        QCOMPARE(officers->model()->index(0, OfficerTableModel::KindColumn).data().toString(),
                 QStringLiteral("PPPK"));
        QCOMPARE(officers->model()->index(0, OfficerTableModel::NumberColumn).data().toString(),
                 kPppk);
    }

    void eachNumberIsCheckedAsTypedByItsKind_data()
    {
        QTest::addColumn<bool>("pppk");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("PNS, NIP") << false << kNip << true;
        QTest::newRow("PPPK, PPPK number") << true << kPppk << true;
        QTest::newRow("PNS, PPPK number: 21 is no month") << false << kPppk << false;
        QTest::newRow("PNS, too short") << false << QStringLiteral("19731008 1992") << false;
        QTest::newRow("PPPK, gender digit 7")
            << true << QStringLiteral("19920315 202121 7 001") << false;
        QTest::newRow("PPPK, 30 February")
            << true << QStringLiteral("19920230 202121 2 001") << false;
    }

    void eachNumberIsCheckedAsTypedByItsKind()
    {
        QFETCH(bool, pppk);
        QFETCH(QString, number);
        QFETCH(bool, accepted);
        OfficerDialog *dialog = editTheOfficer(openPage());
        widget<QRadioButton>(dialog, pppk ? QStringLiteral("officerKindPppk")
                                          : QStringLiteral("officerKindPns"))
            ->click();
        auto *field = widget<ValidatedLineEdit>(dialog, QStringLiteral("officerNumber"));
        retype(field, number);
        auto *save = widget<QPushButton>(dialog, QStringLiteral("recordSave"));
        if (accepted) {
            QTRY_VERIFY(save->isEnabled());
            QVERIFY(field->problem().isEmpty());
            QVERIFY(field->lineEdit()->styleSheet().isEmpty());
            return;
        }
        // the field is marked: a message under it, a red frame, Save disabled with the reason
        QTRY_VERIFY(!field->problem().isEmpty());
        QVERIFY(field->findChild<QLabel *>()->isVisible());
        QVERIFY(field->lineEdit()->styleSheet().contains(QStringLiteral("border")));
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->toolTip(), field->problem());
        QVERIFY(field->problem().contains(pppk ? QStringLiteral("PPPK") : QStringLiteral("NIP")));
    }

    void switchingTheKindJudgesTheNumberAgain()
    {
        OfficerDialog *dialog = editTheOfficer(openPage());
        auto *field = widget<ValidatedLineEdit>(dialog, QStringLiteral("officerNumber"));
        retype(field, kPppk);
        QTRY_VERIFY(!field->problem().isEmpty()); // still PNS
        widget<QRadioButton>(dialog, QStringLiteral("officerKindPppk"))->click();
        QVERIFY(field->problem().isEmpty());
        QVERIFY(widget<QPushButton>(dialog, QStringLiteral("recordSave"))->isEnabled());
    }

    void aRetiredOfficerLeavesTheListAndThePicker()
    {
        // GIVEN a request whose application (step 4) is next, and a second officer of its unit
        Officer second;
        second.unitId = m_ui.session.dc.unit.id;
        second.name = QStringLiteral("RIZKY FAUZAN, S.Kom");
        second.nip = kPppk;
        second.kind = EmployeeKind::Pppk;
        const Officer rizky = must(UnitRepository(m_ui.db()).createOfficer(second), "officer");
        const qint64 requestId = m_ui.requestAt(3);
        UnitsPage *page = openPage();
        auto *officers = widget<QTableView>(page, QStringLiteral("officerTable"));
        QCOMPARE(officers->model()->rowCount(), 2);
        // WHEN the admin retires Rizky and confirms
        const int row = officers->model()->index(0, 0).data().toString() == rizky.name ? 0 : 1;
        officers->setCurrentIndex(officers->model()->index(row, 0));
        m_ui.dialogs.setNextConfirm(true);
        widget<QPushButton>(page, QStringLiteral("retireOfficer"))->click();
        // THEN the list leaves him out unless retired ones are shown, greyed and named
        QCOMPARE(officers->model()->rowCount(), 1);
        widget<QCheckBox>(page, QStringLiteral("showRetired"))->setChecked(true);
        QCOMPARE(officers->model()->rowCount(), 2);
        const QModelIndex state = officers->model()->index(row, OfficerTableModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Retired"));
        QVERIFY(state.data(Qt::ForegroundRole).isValid());
        // AND the application's picker offers only the officer in service
        m_ui.window().openRequest(requestId);
        auto *picker = m_ui.find<SearchableComboBox>(QStringLiteral("officer"));
        QStringList offered;
        for (int i = 0; i < picker->count(); ++i)
            offered << picker->itemText(i);
        QVERIFY(offered.contains(m_ui.session.dc.officer.name));
        QVERIFY(!offered.contains(rizky.name));
    }

    void aStaleEditIsRefusedAndTheDialogStaysOpen()
    {
        // GIVEN the officer's editor open, and another admin who changes the officer meanwhile
        UnitsPage *page = openPage();
        OfficerDialog *dialog = editTheOfficer(page);
        auto second = m_ui.session.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        Officer theirs =
            must(UnitRepository(**second).findOfficer(m_ui.session.dc.officer.id), "officer");
        theirs.position = QStringLiteral("Kepala Dinas");
        KOLOKASI_VERIFY_OK(UnitRepository(**second).updateOfficer(theirs));
        // WHEN this admin saves a change
        widget<QLineEdit>(dialog, QStringLiteral("officerPosition"))
            ->setText(QStringLiteral("Sekretaris"));
        widget<QPushButton>(dialog, QStringLiteral("recordSave"))->click();
        // THEN it is refused in words, nothing is overwritten, and the dialog stays
        auto *bar = widget<MessageBar>(dialog, QStringLiteral("recordMessage"));
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QStringLiteral("Another admin")));
        QCOMPARE(page->openDialog(), dialog);
        QCOMPARE(must(UnitRepository(m_ui.db()).findOfficer(theirs.id), "officer").position,
                 QStringLiteral("Kepala Dinas"));
    }
};

QTEST_MAIN(TestUnitsPage)
#include "tst_unitspage.moc"
