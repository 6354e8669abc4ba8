// The keyboard through the real main window: Ctrl+S saves wherever a Simpan button does (every
// step page, pencabutan page, Pengaturan section, record dialog and Pusat Data editor), and
// Tab leaves a date field in one press on its way to Simpan.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WidgetLookup.h"
#include "WindowFixture.h"
#include "pages/DataCentrePage.h"
#include "pages/FormStepPage.h"
#include "pages/RequestPage.h"
#include "pages/SettingsPage.h"
#include "pages/StepPage.h"
#include "store/UnitRepository.h"
#include "widgets/DateEdit.h"
#include "widgets/OfficerDialog.h"
#include "widgets/RecordEditor.h"
#include "widgets/RecordSection.h"
#include "widgets/SettingsSection.h"
#include "widgets/UnitDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

namespace {

/// Ctrl+S pressed in the first field of `host` clicks its Simpan once.
bool ctrlSSaves(QWidget *host, QAbstractButton *save)
{
    if (!save->isEnabled()) {
        qWarning("%s: Simpan is disabled (%s)", qPrintable(host->objectName()),
                 qPrintable(save->toolTip()));
        return false;
    }
    QWidget *field = firstField(host);
    field->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([field] { return field->hasFocus(); }))
        qWarning("%s: the field did not take the focus", qPrintable(host->objectName()));
    QSignalSpy clicked(save, &QAbstractButton::clicked);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    if (clicked.count() != 1)
        qWarning("%s: Ctrl+S in %s %s clicked Simpan %d times", qPrintable(host->objectName()),
                 QApplication::focusWidget()->metaObject()->className(),
                 qPrintable(QApplication::focusWidget()->objectName()), int(clicked.count()));
    return clicked.count() == 1;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void ctrlSSavesEveryStepPage_data()
    {
        QTest::addColumn<int>("doneStep");
        for (int step = 1; step <= 8; ++step)
            QTest::addRow("step %d", step + 1) << step;
    }
    void ctrlSSavesEveryStepPage()
    {
        QFETCH(int, doneStep);
        const qint64 id = m_ui.requestAt(doneStep);
        RequestPage *view = open(id);
        StepPage *page = view->stepPage();
        QVERIFY(page);
        QVERIFY(ctrlSSaves(page, in<QPushButton>(page, QStringLiteral("saveButton"))));
    }

    void ctrlSSavesTheCapacityCheckAndTheCursorGoesOnInTheNextStep()
    {
        // GIVEN a request at its capacity check, the cursor in its first field
        const qint64 id = m_ui.requestAt(2);
        RequestPage *view = open(id);
        firstField(view->stepPage())->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(view->stepPage()->isAncestorOf(QApplication::focusWidget()));
        // WHEN the admin presses Ctrl+S
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        // THEN step 3 is saved, and the cursor is in the application form's first field,
        // where the next Ctrl+S reaches it
        QTRY_COMPARE(SopSteps::number(m_ui.request(id).step), 3);
        QTRY_VERIFY(view->stepPage() &&
                    view->stepPage()->isAncestorOf(QApplication::focusWidget()));
        auto *save = in<QPushButton>(view->stepPage(), QStringLiteral("saveButton"));
        QVERIFY(save->isEnabled());
        QSignalSpy clicked(save, &QAbstractButton::clicked);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(clicked.count(), 1);
    }

    void ctrlSSavesTheLetterOfANewRequest()
    {
        MainWindow &window = m_ui.window();
        window.startNewRequest();
        StepPage *page = window.findChild<RequestPage *>()->stepPage();
        QVERIFY(ctrlSSaves(page, in<QPushButton>(page, QStringLiteral("saveButton"))));
    }

    void ctrlSSavesThePencabutanPages()
    {
        const qint64 id = m_ui.requestAt(9);
        RequestPage *view = open(id);
        in<QAction>(view, QStringLiteral("withdrawAction"))->trigger();
        StepPage *page = view->stepPage();
        QVERIFY(ctrlSSaves(page, in<QPushButton>(page, QStringLiteral("saveButton"))));
    }

    void ctrlSSavesEverySettingsSection()
    {
        MainWindow &window = m_ui.window();
        const QList<SettingsSection *> sections = window.findChildren<SettingsSection *>();
        QVERIFY(sections.size() >= 3);
        window.showNavigationPage(int(window.pages().indexOf(window.findChild<SettingsPage *>())));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        for (SettingsSection *section : sections) {
            auto *save = in<QPushButton>(section, section->objectName() + QStringLiteral("Save"));
            if (!save->isVisibleTo(section))
                continue; // a section saved as each action is done has no Simpan
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (tabs->widget(tab)->isAncestorOf(section))
                    tabs->setCurrentIndex(tab);
            }
            QTRY_VERIFY(section->isVisible());
            QVERIFY2(ctrlSSaves(section, save), qPrintable(section->objectName()));
        }
    }

    void ctrlSSavesTheRecordDialogs()
    {
        const QList<Unit> units = must(UnitRepository(m_ui.db()).all(), "units");
        QVERIFY(!units.isEmpty());
        UnitDialog unit(m_ui.db(), units.first());
        unit.setObjectName(QStringLiteral("unitDialog"));
        unit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unit));
        QVERIFY(ctrlSSaves(&unit, unit.saveButton()));
        const QList<Officer> officers =
            must(UnitRepository(m_ui.db()).officersOf(units.first().id), "officers");
        QVERIFY(!officers.isEmpty());
        OfficerDialog officer(m_ui.db(), officers.first());
        officer.setObjectName(QStringLiteral("officerDialog"));
        officer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&officer));
        QVERIFY(ctrlSSaves(&officer, officer.saveButton()));
    }

    void ctrlSSavesEveryPusatDataEditor()
    {
        MainWindow &window = m_ui.window();
        window.showNavigationPage(
            int(window.pages().indexOf(window.findChild<DataCentrePage *>())));
        const QList<RecordSection *> sections = window.findChildren<RecordSection *>();
        QVERIFY(!sections.isEmpty());
        int tried = 0;
        for (RecordSection *section : sections) {
            const QString prefix = section->objectName().chopped(int(qstrlen("Section")));
            auto *table = in<QTableView>(section, prefix + QStringLiteral("Table"));
            if (!table->model() || table->model()->rowCount() == 0)
                continue;
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("dataCentreTabs"));
            QVERIFY(tabs);
            tabs->setCurrentWidget(section);
            QTRY_VERIFY(section->isVisible());
            table->selectRow(0);
            auto *edit = in<QPushButton>(section, prefix + QStringLiteral("Edit"));
            if (!edit->isEnabled())
                continue;
            edit->click();
            RecordEditor *editor = nullptr;
            for (RecordEditor *candidate : section->findChildren<RecordEditor *>()) {
                if (candidate->isVisibleTo(section))
                    editor = candidate;
            }
            QVERIFY2(editor, qPrintable(prefix));
            QVERIFY2(ctrlSSaves(editor, editor->saveButton()), qPrintable(prefix));
            ++tried;
        }
        QVERIFY(tried >= 2);
    }

    void tabLeavesADateFieldAndTheFormEndsAtSimpan_data()
    {
        QTest::addColumn<int>("doneStep");
        // an empty new letter: Simpan is disabled once the empty letter number is left, so
        // Tab goes on past the form; the letter's date must still be left in one press
        QTest::addRow("letter (step 1)") << 0;
        QTest::addRow("approval (step 5)") << 4;
        QTest::addRow("handover (step 8)") << 7;
    }
    void tabLeavesADateFieldAndTheFormEndsAtSimpan()
    {
        QFETCH(int, doneStep);
        MainWindow &window = m_ui.window();
        RequestPage *view = window.findChild<RequestPage *>();
        if (doneStep == 0)
            window.startNewRequest();
        else
            open(m_ui.requestAt(doneStep));
        StepPage *page = view->stepPage();
        auto *save = in<QPushButton>(page, QStringLiteral("saveButton"));
        QWidget *first = firstField(page);
        first->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(first->hasFocus());
        int dates = 0;
        for (int press = 0; press < 80 && !save->hasFocus(); ++press) {
            QWidget *focus = QApplication::focusWidget();
            if (doneStep == 0 && !page->isAncestorOf(focus))
                break;
            QVERIFY2(page->isAncestorOf(focus),
                     qPrintable(QStringLiteral("Tab left the form for %1 %2")
                                    .arg(QString::fromLatin1(focus->metaObject()->className()),
                                         focus->objectName())));
            DateEdit *date = qobject_cast<DateEdit *>(focus);
            if (!date && focus->parentWidget())
                date = qobject_cast<DateEdit *>(focus->parentWidget());
            QTest::keyClick(focus, Qt::Key_Tab);
            if (date) {
                ++dates;
                QWidget *now = QApplication::focusWidget();
                QVERIFY2(now != date && !date->isAncestorOf(now),
                         qPrintable(date->objectName() + QStringLiteral(" kept the Tab")));
                // Shift+Tab comes back to the date in one press, and Tab leaves it again
                QTest::keyClick(now, Qt::Key_Backtab);
                QVERIFY(date == QApplication::focusWidget() ||
                        date->isAncestorOf(QApplication::focusWidget()));
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QCOMPARE(QApplication::focusWidget(), now);
            }
        }
        QVERIFY2(doneStep == 0 || save->hasFocus(), "Tab never reached Simpan");
        QVERIFY(doneStep == 4 || dates >= 1); // the approval has no date field
    }

    void theArrowKeysStillMoveBetweenTheDatesParts()
    {
        DateEdit date;
        date.setDate(QDate(2026, 3, 9));
        date.show();
        QVERIFY(QTest::qWaitForWindowExposed(&date));
        date.setFocus(Qt::TabFocusReason);
        date.setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClick(&date, Qt::Key_Right);
        QTest::keyClick(&date, Qt::Key_Right);
        QTest::keyClick(&date, Qt::Key_Right);
        QCOMPARE(date.currentSection(), QDateTimeEdit::MonthSection);
        QTest::keyClick(&date, Qt::Key_Up);
        QCOMPARE(date.date(), QDate(2026, 4, 9));
    }

private:
    RequestPage *open(qint64 id)
    {
        m_ui.window().openRequest(id);
        return m_ui.window().findChild<RequestPage *>();
    }

    WindowFixture m_ui;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
