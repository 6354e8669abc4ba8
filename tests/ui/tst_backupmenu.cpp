// Berkas → Cadangkan… / Pulihkan… through the dialog seam: a backup is written where the admin
// chose; a restore asks first, replaces the data in use, keeps the old data aside and reloads
// the pages; a declined or refused restore changes nothing. The settings panel shows the folder
// and the newest automatic backup. SQLite (the window's own engine on an office PC).
#include "MainWindow.h"
#include "ResultAssertions.h"
#include "TestEnvironment.h"
#include "WindowFixture.h"
#include "backup/DailyBackup.h"
#include "pages/RequestListPage.h"
#include "store/Query.h"
#include "widgets/BackupFolderPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStyleFactory>
#include <QtTest>

using namespace kolokasi;

class TestBackupMenu : public QObject
{
    Q_OBJECT

private:
    test::WindowFixture m_ui;
    QTemporaryDir m_files;

    qint64 requestCount()
    {
        auto count = Query(m_ui.db(), QStringLiteral("SELECT COUNT(*) FROM requests")).scalar();
        return count.ok() ? count->toLongLong() : -1;
    }
    void trigger(const QString &action) { m_ui.find<QAction>(action)->trigger(); }
    QString backupMade()
    {
        const QString path = m_files.filePath(
            QStringLiteral("cadangan-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        m_ui.dialogs.setNextFileName(path);
        trigger(QStringLiteral("backupAction"));
        return path;
    }

private slots:
    void initTestCase()
    {
        test::prepareTestEnvironment();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    void init() { KOLOKASI_VERIFY_OK(m_ui.start()); }
    void cleanup() { m_ui.stop(); }

    void backUpFromTheMenu()
    {
        m_ui.requestAt(2);
        const QString path = backupMade();
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFile::permissions(path) & 0x0777, QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(m_ui.dialogs.shown().size(), 1);
        QVERIFY2(m_ui.dialogs.shown().last().contains(QFileInfo(path).fileName()),
                 qPrintable(m_ui.dialogs.shown().last()));
    }

    void restoreFromTheMenuAsksThenReplacesAndReloads()
    {
        // GIVEN a backup with one request, then a second request shown in the list
        m_ui.requestAt(2);
        const QString path = backupMade();
        m_ui.window().showNavigationPage(1);
        m_ui.requestAt(3);
        QCOMPARE(requestCount(), 2);
        auto *list = m_ui.window().findChild<RequestListPage *>();
        list->reload();
        auto *count = list->findChild<QLabel *>(QStringLiteral("requestCount"));
        QTRY_VERIFY2(count->text().endsWith(QStringLiteral(": 2")), qPrintable(count->text()));
        // WHEN the admin restores it and agrees to the question
        m_ui.dialogs.setNextFileName(path);
        m_ui.dialogs.setNextConfirm(true);
        trigger(QStringLiteral("restoreAction"));
        // THEN the question said what happens, the data is the backup's, the old data was kept
        const QStringList shown = m_ui.dialogs.shown();
        QVERIFY2(shown.at(shown.size() - 2).contains(QFileInfo(path).fileName()),
                 qPrintable(shown.join('\n')));
        QCOMPARE(requestCount(), 1);
        const QStringList aside = QFileInfo(m_ui.db().location().filePath)
                                      .dir()
                                      .entryList({QStringLiteral("*.before-restore-*.sqlite")});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(shown.last().contains(aside.first()), qPrintable(shown.last()));
        // and the pages read the restored data
        QTRY_VERIFY2(count->text().endsWith(QStringLiteral(": 1")), qPrintable(count->text()));
    }

    void aDeclinedRestoreChangesNothing()
    {
        m_ui.requestAt(2);
        const QString path = backupMade();
        m_ui.requestAt(3);
        m_ui.dialogs.setNextFileName(path);
        m_ui.dialogs.setNextConfirm(false);
        trigger(QStringLiteral("restoreAction"));
        QCOMPARE(requestCount(), 2);
    }

    void aRefusedRestoreSaysWhyAndChangesNothing()
    {
        m_ui.requestAt(2);
        const QString text = m_files.filePath(QStringLiteral("catatan.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bukan cadangan\n");
        file.close();
        m_ui.dialogs.setNextFileName(text);
        m_ui.dialogs.setNextConfirm(true);
        trigger(QStringLiteral("restoreAction"));
        QVERIFY2(m_ui.dialogs.shown().last().contains(QStringLiteral("catatan.txt")),
                 qPrintable(m_ui.dialogs.shown().last()));
        QCOMPARE(requestCount(), 1);
    }

    void theSettingsPanelShowsTheFolderAndTheNewestBackup()
    {
        const QString folder = m_files.filePath(QStringLiteral("harian"));
        DailyBackup::setConfiguredFolder(folder);
        BackupFolderPanel panel(m_ui.db());
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("backupFolder"))->text(),
                 QDir::toNativeSeparators(folder));
        const QString before = panel.findChild<QLabel *>(QStringLiteral("lastBackup"))->text();
        KOLOKASI_VERIFY_OK(DailyBackup(m_ui.db(), folder).runIfDue());
        panel.reload();
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("lastBackup"))->text() != before);
        QVERIFY(panel.findChild<QWidget *>(QStringLiteral("openBackupFolder"))->isEnabled());
    }
};

QTEST_MAIN(TestBackupMenu)
#include "tst_backupmenu.moc"
