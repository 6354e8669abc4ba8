// Issue 16 points 7, 9 and 10 through the real main window at 1366 x 768: the Dasbor's capacity
// table marks its last row as the total (its name, bold) with a dash for the public IPs of each
// NOC, the rack page's legend is never cut off, whatever the NOC's name, and no action is both
// in the toolbar and in the page's title line.
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "models/CapacitySummaryModel.h"
#include "pages/AssetRegisterPage.h"
#include "pages/DashboardPage.h"
#include "pages/RackPage.h"
#include "pages/RequestPage.h"
#include "services/DataCentreService.h"

#include <QComboBox>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace kolokasi;
using namespace kolokasi::test;

class TestCapacityAndLegend : public QObject
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

    void theDashboardMarksTheTotalRowAndDashesThePublicIpsOfEachNoc()
    {
        // GIVEN the demo's data centre (one NOC and a public pool) on the Dasbor
        MainWindow &window = m_ui.window();
        window.resize(1366, 768);
        window.showNavigationPage(int(window.pages().indexOf(window.findChild<DashboardPage *>())));
        auto *table = m_ui.find<QTableView>(QStringLiteral("nocCapacity"));
        QTRY_VERIFY(table->isVisible());
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 2);
        const int last = model->rowCount() - 1;
        // THEN the NOC's row shows a dash for its public IPs, never a blank cell
        QCOMPARE(model->index(0, CapacitySummaryModel::FreePublicIpsColumn).data().toString(),
                 QStringLiteral("\u2013"));
        // AND the last row is named as the total of every NOC, in bold, and does not read as
        // one more NOC
        QCOMPARE(model->index(last, CapacitySummaryModel::NocColumn).data().toString(),
                 QStringLiteral("All data centres"));
        QVERIFY(model->index(last, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->index(last, 0).data(CapacitySummaryModel::TotalRole).toBool());
        // AND the table draws a rule above it (its delegate is the total's)
        QVERIFY(table->itemDelegate()->inherits("kolokasi::TotalRowDelegate"));
    }

    void theRackLegendIsWhollyVisibleAt1366x768EvenWithALongNocName()
    {
        // GIVEN a NOC with a long name, chosen on the rack page of a 1366 x 768 window
        const QString longName = QStringLiteral(
            "NOC Gedung Dinas Komunikasi dan Informatika Kabupaten Temanggung Lantai Dua");
        must(
            DataCentreService(m_ui.db()).createNoc({0, longName, QStringLiteral("Lt 2"), 0, {}}),
            "noc");
        MainWindow &window = m_ui.window();
        window.resize(1366, 768);
        auto *page = window.findChild<RackPage *>();
        QVERIFY(page);
        window.showNavigationPage(int(window.pages().indexOf(page)));
        QTRY_VERIFY(page->isVisible());
        auto *chooser = m_ui.find<QComboBox>(QStringLiteral("nocChooser"));
        QTRY_VERIFY(chooser->findText(longName) >= 0);
        chooser->setCurrentIndex(chooser->findText(longName));
        QTRY_COMPARE(page->noc(), longName);
        // THEN every word of the legend is shown whole, inside the page
        auto *legend = m_ui.find<QWidget>(QStringLiteral("rackLegend"));
        QTRY_VERIFY(legend->isVisible());
        const QList<QLabel *> labels = legend->findChildren<QLabel *>();
        int words = 0;
        for (QLabel *label : labels) {
            if (label->text().isEmpty())
                continue; // a swatch
            ++words;
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            const QRect onPage(label->mapTo(page, QPoint(0, 0)), label->size());
            QVERIFY2(page->rect().contains(onPage), qPrintable(label->text()));
        }
        QCOMPARE(words, 4);
    }

    void noActionIsBothInTheToolbarAndInThePageTitle()
    {
        // GIVEN the demo, a request at its capacity check
        const qint64 id = m_ui.requestAt(2);
        MainWindow &window = m_ui.window();
        window.resize(1366, 768);
        auto *toolbar = m_ui.find<QToolBar>(QStringLiteral("mainToolbar"));
        const auto noDouble = [&](Page *page) {
            QTRY_VERIFY_WITH_TIMEOUT(page->isVisible(), 2000);
            // THEN no action of the page is in the toolbar when its title line shows it
            const QList<QToolButton *> buttons = page->findChildren<QToolButton *>();
            for (QAction *action : toolbar->actions()) {
                for (QToolButton *button : buttons) {
                    if (button->defaultAction() == action)
                        qWarning("%s twice", qPrintable(action->text()));
                    QVERIFY(button->defaultAction() != action);
                }
            }
            // AND each main action is still on the page, in its title line
            for (QAction *action : page->mainActions()) {
                QVERIFY2(std::any_of(
                             buttons.begin(), buttons.end(),
                             [action](QToolButton *b) { return b->defaultAction() == action; }) ||
                             toolbar->actions().contains(action),
                         qPrintable(action->text()));
            }
        };
        window.openRequest(id);
        noDouble(window.findChild<RequestPage *>());
        auto *rack = window.findChild<RackPage *>();
        window.showNavigationPage(int(window.pages().indexOf(rack)));
        noDouble(rack);
        auto *assets = window.findChild<AssetRegisterPage *>();
        window.showNavigationPage(int(window.pages().indexOf(assets)));
        noDouble(assets);
        // AND the rack page's Cetak shows a printer, not the floppy disk of saving
        auto *print = m_ui.find<QAction>(QStringLiteral("rackPrintAction"));
        QVERIFY(!print->icon().isNull());
        QVERIFY(print->icon().pixmap(16).toImage() !=
                rack->style()->standardIcon(QStyle::SP_DialogSaveButton).pixmap(16).toImage());
    }

private:
    WindowFixture m_ui;
};

QTEST_MAIN(TestCapacityAndLegend)
#include "tst_capacityandlegend.moc"
