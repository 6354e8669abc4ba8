// Pusat Data in the real window: editing a rack, a refused shrink of a rack in use (the
// message names the placement), and an edit made stale by a second admin's connection.
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "models/RetiredRecords.h"
#include "pages/DataCentrePage.h"
#include "store/StoreErrors.h"
#include "widgets/MessageBar.h"
#include "widgets/ValidatedLineEdit.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestDataCentrePage : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_f;

    template <typename T> T *find(const QString &name) { return m_f.find<T>(name); }

    /// Opens Pusat Data from the navigation, as the admin does.
    DataCentrePage *openPage()
    {
        auto *navigation = find<QListWidget>(QStringLiteral("navigation"));
        auto *page = m_f.window().findChild<DataCentrePage *>();
        const auto items = navigation->findItems(page->title(), Qt::MatchExactly);
        if (items.isEmpty())
            qFatal("Pusat Data is not in the navigation");
        navigation->setCurrentItem(items.first());
        return page;
    }

    /// Selects rack R01 and opens its editor.
    void editFirstRack()
    {
        auto *table = find<QTableView>(QStringLiteral("rackTable"));
        table->selectRow(0);
        QVERIFY(find<QPushButton>(QStringLiteral("rackEdit"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackEdit")), Qt::LeftButton);
        QTRY_VERIFY(find<QWidget>(QStringLiteral("rackEditor"))->isVisible());
    }

    MessageBar *messageBar(DataCentrePage *page)
    {
        return page->findChild<MessageBar *>(QStringLiteral("messageBar"));
    }

    Rack storedRack()
    {
        return must(DataCentreService(m_f.db()).findRack(m_f.session.dc.racks.first().id),
                    "rack");
    }

private Q_SLOTS:
    void initTestCase() { prepareTestEnvironment(); }
    void init() { KOLOKASI_VERIFY_OK(m_f.start()); }
    void cleanup() { m_f.stop(); }

    void editsARack()
    {
        DataCentrePage *page = openPage();
        editFirstRack();
        auto *name = find<ValidatedLineEdit>(QStringLiteral("rack_name"))->lineEdit();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("R01-A"));
        QTest::keyClicks(find<ValidatedLineEdit>(QStringLiteral("rack_position"))->lineEdit(),
                         QStringLiteral("Baris A-1"));
        find<QSpinBox>(QStringLiteral("rack_height_u"))->setValue(45);
        find<QSpinBox>(QStringLiteral("rack_power_budget_w"))->setValue(3000);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackSave")), Qt::LeftButton);

        QTRY_VERIFY(!find<QWidget>(QStringLiteral("rackEditor"))->isVisible());
        const Rack rack = storedRack();
        QCOMPARE(rack.name, QStringLiteral("R01-A"));
        QCOMPARE(rack.position, QStringLiteral("Baris A-1"));
        QCOMPARE(rack.heightU, 45);
        QCOMPARE(rack.powerBudgetW, 3000);
        QCOMPARE(rack.rowVersion, 2);
        QCOMPARE(messageBar(page)->kind(), MessageBar::Kind::Information);
        auto *table = find<QTableView>(QStringLiteral("rackTable"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("R01-A"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Baris A-1"));
    }

    void refusesToShrinkARackInUse()
    {
        // GIVEN a request approved into R01 (U 1-2, by the planner's proposal)
        m_f.requestAt(5);
        DataCentrePage *page = openPage();
        editFirstRack();
        // WHEN the admin makes the rack 1 U high
        find<QSpinBox>(QStringLiteral("rack_height_u"))->setValue(1);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackSave")), Qt::LeftButton);
        // THEN the core's refusal names the placement, the form stays open, nothing is saved
        QTRY_VERIFY(messageBar(page)->isVisible());
        QCOMPARE(messageBar(page)->kind(), MessageBar::Kind::Error);
        QVERIFY2(messageBar(page)->text().contains(QLatin1String("srv-simpus")),
                 qPrintable(messageBar(page)->text()));
        QVERIFY(messageBar(page)->text().contains(QLatin1String("U 1-2")));
        QVERIFY(find<QWidget>(QStringLiteral("rackEditor"))->isVisible());
        QCOMPARE(find<QSpinBox>(QStringLiteral("rack_height_u"))->value(), 1);
        QCOMPARE(storedRack().heightU, 42);
        // AND retiring it is refused the same way
        m_f.dialogs.setNextConfirm(true);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackRetire")), Qt::LeftButton);
        QTRY_VERIFY(messageBar(page)->text().contains(QLatin1String("cannot be retired")));
        QVERIFY(messageBar(page)->text().contains(QLatin1String("srv-simpus")));
        QVERIFY(!storedRack().isRetired());
    }

    void refusesAStaleEdit()
    {
        DataCentrePage *page = openPage();
        editFirstRack();
        // GIVEN a second admin who changes R01 after this form was filled
        auto second = m_f.session.openSecondSession();
        KOLOKASI_VERIFY_OK(second);
        Rack theirs = storedRack();
        theirs.powerBudgetW = 2500;
        KOLOKASI_VERIFY_OK(DataCentreService(**second).updateRack(theirs));
        // WHEN this admin saves
        find<QSpinBox>(QStringLiteral("rack_power_budget_w"))->setValue(1500);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackSave")), Qt::LeftButton);
        // THEN it is refused, the newer value stays, and Reload shows it in the form
        QTRY_VERIFY(messageBar(page)->isVisible());
        QCOMPARE(messageBar(page)->text(),
                 StoreErrors::stale(DataCentreService::tr("rack")).message);
        QCOMPARE(storedRack().powerBudgetW, 2500);
        auto *reload = page->findChild<QPushButton *>(QStringLiteral("messageBarAction"));
        QVERIFY(reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE(find<QSpinBox>(QStringLiteral("rack_power_budget_w"))->value(), 2500);
        find<QSpinBox>(QStringLiteral("rack_power_budget_w"))->setValue(1500);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackSave")), Qt::LeftButton);
        QTRY_COMPARE(storedRack().powerBudgetW, 1500);
    }

    void showsRetiredRacksOnlyWhenAsked()
    {
        openPage();
        auto *table = find<QTableView>(QStringLiteral("rackTable"));
        table->selectRow(1);
        m_f.dialogs.setNextConfirm(true);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("rackRetire")), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        find<QCheckBox>(QStringLiteral("dataCentreShowRetired"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 2);
        const QModelIndex state = table->model()->index(1, table->model()->columnCount() - 1);
        QCOMPARE(state.data().toString(), RetiredRecords::stateText(true));
        QVERIFY(state.data(Qt::ForegroundRole).isValid()); // greyed, besides the word
        table->selectRow(1);
        QVERIFY(!find<QPushButton>(QStringLiteral("rackEdit"))->isEnabled());
    }
};

QTEST_MAIN(TestDataCentrePage)
#include "tst_datacentrepage.moc"
