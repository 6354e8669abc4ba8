#include "MainWindow.h"
#include "TestDatabase.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QLabel>
#include <QStyleFactory>
#include <QtTest>

using namespace kolokasi;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void showsTheDatabaseInUse()
    {
        test::TestDatabase fixture;
        const auto db = fixture.open();
        KOLOKASI_VERIFY_OK(db);
        MainWindow window(*db.value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(fixture.location().displayName()));
        QVERIFY(!window.windowTitle().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
